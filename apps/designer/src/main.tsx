import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createApolloClient } from './api/create-apollo-client';
import { App } from './App';
import { authSession } from './auth/auth-session-instance';
import { AuthProvider } from './auth/AuthProvider';
import { SessionContext } from './forms/session-context';
import { i18n } from './i18n/i18n';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
const client = createApolloClient(authSession);
// A data router (the app's own <Routes> under one splat route): useBlocker needs it (leaving unsaved designers).
const router = createBrowserRouter([{ path: '*', element: <App /> }]);
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <AuthProvider session={authSession}>
          <SessionContext.Provider value={authSession}>
            <RouterProvider router={router} />
          </SessionContext.Provider>
        </AuthProvider>
      </ApolloProvider>
    </I18nextProvider>
  </StrictMode>,
);
