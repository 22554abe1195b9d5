import path from 'node:path';
import type { Page } from 'playwright-core';
import { workspaceRoot } from '@anxin/testing';

export const SCREENSHOTS = path.join(workspaceRoot, 'reports/screenshots');
export const DEMO_PASSWORD = 'anxin123';
/** An iPhone-sized screen: the work pages are phone first. */
export const PHONE = { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, locale: 'zh-CN' };

/** The steps of the work pages a journey repeats, on one page (one person's phone). */
export class DesignerPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
    private readonly journey: string,
  ) {}

  async screenshot(step: string): Promise<void> {
    await this.page.screenshot({ path: path.join(SCREENSHOTS, `${this.journey}-${step}.png`), fullPage: true });
  }

  async open(pathAndQuery: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}${pathAndQuery}`);
  }

  /** Signs in on the login page (asked for by the page the person opened) and waits to leave it. */
  async login(username: string): Promise<void> {
    await this.page.getByTestId('login-form').waitFor();
    await this.page.getByLabel('用户名').fill(username);
    await this.page.getByLabel('密码').fill(DEMO_PASSWORD);
    await this.page.getByTestId('login-submit').click();
    await this.page.waitForURL((url) => !url.pathname.startsWith('/login'));
  }

  async logout(): Promise<void> {
    await this.page.getByTestId('user-menu').click();
    await this.page.getByText('退出登录').click();
    await this.page.getByTestId('login-form').waitFor();
  }

  /** Picks an option of an antd select by its label. */
  async choose(field: string, label: string): Promise<void> {
    await this.page.getByTestId(`field-${field}`).click();
    await this.page.locator('.ant-select-item-option').getByText(label, { exact: true }).click();
  }
}
