import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { screen, waitFor } from '@testing-library/react';
import QRCode from 'qrcode';
import { of } from 'rxjs';
import { renderInLanguage } from '../../../test-support';
import { QR_OPTIONS } from '../QrCodeImage';
import { ProjectLinksPage } from '../ProjectLinksPage';

// What the API answers (the page's two queries); a form's content is a definition, as deployed.
const PROJECTS = [
  { __typename: 'Project', id: 'p-1', code: 'sunny', name: '阳光花园' },
  { __typename: 'Project', id: 'p-2', code: 'river', name: '滨江壹号' },
];
const form = (key: string, content: object) => ({
  __typename: 'DefinitionVersion',
  key,
  version: 1,
  content: JSON.stringify({ key, title: { 'zh-CN': `表单${key}`, en: key }, ...content }),
});
const FORMS = [
  // Starts a process and chooses the project in `site`: linked
  form('fix', {
    startsProcess: 'fix-flow',
    fields: [
      { key: 'site', type: 'select', label: '项目', optionsFrom: { dataSource: 'projects' } },
      { key: 'what', type: 'text', label: '内容' },
    ],
  }),
  // Starts a process but chooses no project: no link can fill it
  form('leave', { startsProcess: 'leave-flow', fields: [{ key: 'days', type: 'integer', label: '天数' }] }),
  // A task form: starts nothing
  form('survey', { fields: [{ key: 'site', type: 'select', label: '项目', optionsFrom: { dataSource: 'projects' } }] }),
];

function renderPage() {
  const link = new ApolloLink((operation) =>
    of({
      data: operation.operationName === 'PickerProjects' ? { projects: PROJECTS } : { definitions: FORMS },
    }),
  );
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  return renderInLanguage(
    <ApolloProvider client={client}>
      <ProjectLinksPage />
    </ApolloProvider>,
  );
}

describe('ProjectLinksPage (报修二维码)', () => {
  it('given two projects and one form that starts a process and chooses the project, then a card per project with its link', async () => {
    renderPage();
    await screen.findByTestId('repair-link-sunny');
    // Then one card per project, for the one linkable form only
    expect(document.querySelectorAll('[data-testid^="repair-link-"][data-project]')).toHaveLength(2);
    const link = (code: string) =>
      screen.getByTestId(`repair-link-${code}`).querySelector<HTMLAnchorElement>('[data-testid="repair-link-url"]');
    // And the link opens that form with the project in the field the form chooses it with
    expect(link('sunny')?.getAttribute('href')).toBe(`${window.location.origin}/forms/fix?site=p-1`);
    expect(link('river')?.getAttribute('href')).toBe(`${window.location.origin}/forms/fix?site=p-2`);
    expect(screen.getByTestId('repair-link-sunny').textContent).toContain('表单：表单fix');
  });

  it('then each QR code encodes its link, and the download offers that PNG named after the project', async () => {
    renderPage();
    const card = await screen.findByTestId('repair-link-river');
    await waitFor(() => expect(card.querySelector('img[data-testid="qr-image"]')).not.toBeNull());
    const expected = await QRCode.toDataURL(`${window.location.origin}/forms/fix?site=p-2`, QR_OPTIONS);
    expect(card.querySelector('img')?.getAttribute('src')).toBe(expected);
    expect(card.querySelector('img')?.getAttribute('alt')).toBe('滨江壹号 报修二维码');
    const download = card.querySelector<HTMLAnchorElement>('a[data-testid="repair-link-download"]');
    await waitFor(() => expect(download?.getAttribute('href')).toBe(expected));
    expect(download?.getAttribute('download')).toBe('river-fix.png');
  });
});
