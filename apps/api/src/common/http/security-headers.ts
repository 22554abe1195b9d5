import helmet from 'helmet';

/**
 * helmet's headers for every response, the designer's included. Its default CSP fits the designer as built by Vite
 * (scripts from 'self' only, inline styles for antd's CSS-in-JS, images from 'self' and data:); we only drop
 * `upgrade-insecure-requests`, which would break the plain-HTTP `npm start` on another machine of the LAN.
 */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: { 'upgrade-insecure-requests': null, 'img-src': ["'self'", 'data:', 'blob:'] },
    },
  });
}
