import { randomUUID } from 'node:crypto';
import { sign } from 'jsonwebtoken';
import { AccessTokens, TOKEN_AUDIENCE, TOKEN_ISSUER } from '../access-tokens.service';

describe('AccessTokens', () => {
  const secret = 'a secret of this installation, 密钥';
  const claims = { userId: randomUUID(), tenantId: randomUUID() };

  it('verifies a token signed with the secret as a plain string (the key object signs the same bytes)', async () => {
    // Given a token signed the way tokens were signed before the key became a KeyObject
    const token = sign({ tid: claims.tenantId }, secret, {
      algorithm: 'HS256',
      subject: claims.userId,
      issuer: TOKEN_ISSUER,
      audience: TOKEN_AUDIENCE,
      expiresIn: 60,
    });
    // When it is verified
    const verified = await new AccessTokens(secret).verify(token);
    // Then its claims come back
    expect(verified).toMatchObject(claims);
  });

  it('refuses a token signed with another secret, and accepts its own', async () => {
    // Given tokens of two installations
    const ours = new AccessTokens(secret);
    const theirs = new AccessTokens('another secret');
    const { token } = theirs.sign(claims);
    // When each is verified by ours
    // Then only our own token passes
    await expect(ours.verify(token)).rejects.toMatchObject({ category: 'unauthenticated' });
    await expect(ours.verify(ours.sign(claims).token)).resolves.toMatchObject(claims);
  });
});
