export {
  builtServerMain,
  runServerToExit,
  startServerProcess,
  workspaceRoot,
  type ServerProcess,
} from './server-process';
export { graphqlRequest, type GraphqlResponse } from './graphql-client';
export { chromiumPath, launchChromium } from './chromium';
