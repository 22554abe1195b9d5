import { type ComponentType, lazy, Suspense } from 'react';
import { Spin } from 'antd';
import { Route, Routes } from 'react-router';
import { LoginPage } from './auth/LoginPage';
import { MessagesGate } from './i18n/MessagesGate';
import { AppShell } from './shell/AppShell';
import { HomeRedirect } from './shell/HomeRedirect';
import { PublicLayout } from './shell/PublicLayout';
import { RequireAuth } from './shell/RequireAuth';
import { StatusPage } from './status/StatusPage';
import { InboxPage } from './work/inbox/InboxPage';

// Loaded on demand: the form pages bring the form engine (and its rules and dates), the ticket page bpmn-js.
const TaskPage = lazy(() => import('./work/task/TaskPage').then((module) => ({ default: module.TaskPage })));
const SubmitFormPage = lazy(() =>
  import('./work/submit/SubmitFormPage').then((module) => ({ default: module.SubmitFormPage })),
);
const FormsPage = lazy(() => import('./work/submit/FormsPage').then((module) => ({ default: module.FormsPage })));
const TicketPage = lazy(() => import('./work/ticket/TicketPage').then((module) => ({ default: module.TicketPage })));
// Reports: ECharts and the report engine.
const DashboardsPage = lazy(() =>
  import('./reports/dashboard/DashboardsPage').then((module) => ({ default: module.DashboardsPage })),
);
const DashboardPage = lazy(() =>
  import('./reports/dashboard/DashboardPage').then((module) => ({ default: module.DashboardPage })),
);
const ReportsListPage = lazy(() =>
  import('./reports/builder/ReportsListPage').then((module) => ({ default: module.ReportsListPage })),
);
const ReportBuilderPage = lazy(() =>
  import('./reports/builder/ReportBuilderPage').then((module) => ({ default: module.ReportBuilderPage })),
);
const TrackPage = lazy(() => import('./owner/track/TrackPage').then((module) => ({ default: module.TrackPage })));
const OpenTicketTaskPage = lazy(() =>
  import('./owner/track/OpenTicketTaskPage').then((module) => ({ default: module.OpenTicketTaskPage })),
);
const ProjectLinksPage = lazy(() =>
  import('./owner/links/ProjectLinksPage').then((module) => ({ default: module.ProjectLinksPage })),
);
const FlowListPage = lazy(() =>
  import('./design/flow/FlowListPage').then((module) => ({ default: module.FlowListPage })),
);
const FlowDesignerPage = lazy(() =>
  import('./design/flow/FlowDesignerPage').then((module) => ({ default: module.FlowDesignerPage })),
);
const FormDesignerListPage = lazy(() =>
  import('./design/form/FormDesignerListPage').then((module) => ({ default: module.FormDesignerListPage })),
);
const FormDesignerPage = lazy(() =>
  import('./design/form/FormDesignerPage').then((module) => ({ default: module.FormDesignerPage })),
);
// The rules designer brings react-querybuilder and the rules library.
const RulesListPage = lazy(() =>
  import('./rules/pages/RulesListPage').then((module) => ({ default: module.RulesListPage })),
);
const RuleDefinitionPage = lazy(() =>
  import('./rules/pages/RuleDefinitionPage').then((module) => ({ default: module.RuleDefinitionPage })),
);

// antd's Result with its illustrations: only for a mistyped address.
const NotFoundPage = lazy(() => import('./shell/NotFoundPage').then((module) => ({ default: module.NotFoundPage })));

/** A lazy page and the deferred UI strings (i18n/messages.ts), loaded together. */
function Lazy({ page: Page }: { page: ComponentType }) {
  return (
    <Suspense fallback={<Spin />}>
      <MessagesGate />
      <Page />
    </Suspense>
  );
}

/** Every page of the app; see docs/designer.md to add one. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route path="login" element={<LoginPage />} />
        <Route path="status" element={<StatusPage />} />
        <Route path="track" element={<Lazy page={TrackPage} />} />
      </Route>
      <Route
        element={
          <RequireAuth>
            <AppShell />
          </RequireAuth>
        }
      >
        <Route index element={<HomeRedirect />} />
        <Route path="inbox" element={<InboxPage />} />
        <Route path="tasks/:id" element={<Lazy page={TaskPage} />} />
        <Route path="tickets/:number" element={<Lazy page={TicketPage} />} />
        <Route path="forms" element={<Lazy page={FormsPage} />} />
        <Route path="forms/:key" element={<Lazy page={SubmitFormPage} />} />
        <Route path="dashboards" element={<Lazy page={DashboardsPage} />} />
        <Route path="dashboards/:key" element={<Lazy page={DashboardPage} />} />
        <Route path="design/reports" element={<Lazy page={ReportsListPage} />} />
        <Route path="design/reports/new" element={<Lazy page={ReportBuilderPage} />} />
        <Route path="design/reports/:key" element={<Lazy page={ReportBuilderPage} />} />
        <Route path="design/flows" element={<Lazy page={FlowListPage} />} />
        <Route path="design/flows/:key" element={<Lazy page={FlowDesignerPage} />} />
        <Route path="design/forms" element={<Lazy page={FormDesignerListPage} />} />
        <Route path="design/forms/:key" element={<Lazy page={FormDesignerPage} />} />
        <Route path="design/rules" element={<Lazy page={RulesListPage} />} />
        <Route path="design/rules/:kind/:key" element={<Lazy page={RuleDefinitionPage} />} />
        <Route path="repair-links" element={<Lazy page={ProjectLinksPage} />} />
        <Route path="track/:number/task" element={<Lazy page={OpenTicketTaskPage} />} />
        <Route path="*" element={<Lazy page={NotFoundPage} />} />
      </Route>
    </Routes>
  );
}
