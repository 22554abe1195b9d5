import { fireEvent, screen, waitFor } from '@testing-library/react';
import { ApiError } from '../../api/api-error';
import { renderInLanguage } from '../../test-support';
import { AuthContext, type AuthState } from '../auth-context';
import { LoginPage } from '../LoginPage';
import type { SessionUser } from '../session-user.type';

// react-router 8 ships ES modules only (jest runs CommonJS): the page's three router hooks, faked.
const navigate = jest.fn(() => Promise.resolve());
jest.mock('react-router', () => ({
  useNavigate: () => navigate,
  useLocation: () => ({ pathname: '/login', state: { from: '/tickets/BX1' } }),
  Navigate: () => null,
}));

const USER: SessionUser = { id: 'u1', username: 'owner-1', displayName: '黄先生', roles: ['OWNER'], projectIds: [] };

function renderLogin(login: AuthState['login']) {
  const state: AuthState = { status: 'signedOut', user: null, login, logout: () => Promise.resolve() };
  return renderInLanguage(
    <AuthContext.Provider value={state}>
      <LoginPage />
    </AuthContext.Provider>,
  );
}

function signIn(username: string, password: string) {
  fireEvent.change(screen.getByLabelText('用户名'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('密码'), { target: { value: password } });
  fireEvent.click(screen.getByTestId('login-submit'));
}

describe('LoginPage', () => {
  beforeEach(() => {
    // The status card below the form asks the server's health: unreachable here.
    globalThis.fetch = () => Promise.reject(new Error('offline'));
    navigate.mockClear();
  });

  it('given wrong credentials, then the friendly message of auth.invalidCredentials, and the page stays', async () => {
    // Given a server refusing the password
    const login = jest.fn(() =>
      Promise.reject(new ApiError('Invalid credentials', 'UNAUTHENTICATED', 'auth.invalidCredentials')),
    );
    renderLogin(login);
    // When the user signs in
    signIn(' owner-1 ', 'wrong');
    // Then the username was trimmed and the message is the Chinese one
    await waitFor(() => expect(screen.getByTestId('login-error').textContent).toBe('用户名或密码不正确'));
    expect(login).toHaveBeenCalledWith('owner-1', 'wrong');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('given the right password, then back to the page that asked for a sign-in', async () => {
    renderLogin(() => Promise.resolve(USER));
    signIn('owner-1', 'anxin123');
    await waitFor(() => expect(navigate).toHaveBeenCalledWith('/tickets/BX1', { replace: true }));
  });

  it('given an empty form, then both fields ask to be filled and nothing is sent', async () => {
    const login = jest.fn(() => Promise.resolve(USER));
    renderLogin(login);
    fireEvent.click(screen.getByTestId('login-submit'));
    await screen.findByText('请填写用户名');
    expect(screen.getByText('请填写密码')).toBeTruthy();
    expect(login).not.toHaveBeenCalled();
  });
});
