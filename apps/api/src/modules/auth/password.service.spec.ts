import { ARGON2_PARAMS, PasswordService } from './password.service';

describe('PasswordService', () => {
  const service = new PasswordService();

  it('uses argon2id with at least 19 MiB, 2 iterations and 1 lane', () => {
    expect(ARGON2_PARAMS.algorithm).toBe(2); // Algorithm.Argon2id
    expect(ARGON2_PARAMS.memoryCost).toBeGreaterThanOrEqual(19 * 1024);
    expect(ARGON2_PARAMS.timeCost).toBeGreaterThanOrEqual(2);
    expect(ARGON2_PARAMS.parallelism).toBe(1);
  });

  it('stores the parameters in the hash (PHC string) and verifies only the right password', async () => {
    const h = await service.hash('a quiet walk by the river');
    expect(h).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    await expect(service.verify(h, 'a quiet walk by the river')).resolves.toBe(true);
    await expect(service.verify(h, 'a quiet walk by the sea')).resolves.toBe(false);
  });

  it('answers false, after real work, when there is no hash (unknown email)', async () => {
    const started = process.hrtime.bigint();
    await expect(service.verify(null, 'whatever it is')).resolves.toBe(false);
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeGreaterThan(1); // an argon2 verify ran
  });

  it.each(['password', 'Password1', 'qwertyuiop', '12345678', 'iloveyou'])(
    'refuses the common password %s',
    (pw) => {
      expect(service.weakness(pw, {})).toMatch(/most common/);
    },
  );

  it('refuses the email or name as the password, and accepts an uncommon passphrase', () => {
    expect(service.weakness('ana.lopez@example.org', { email: 'ana.lopez@example.org' })).toMatch(
      /name or email/,
    );
    expect(service.weakness('Ana Lopez', { displayName: 'Ana Lopez' })).toMatch(/name or email/);
    expect(service.weakness('kettle orbit lantern', { email: 'ana@example.org' })).toBeNull();
  });
});
