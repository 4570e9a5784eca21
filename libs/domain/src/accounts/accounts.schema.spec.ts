import {
  ChangePasswordSchema,
  EmailSchema,
  LoginSchema,
  NewPasswordSchema,
  PracticeSettingsUpdateSchema,
  SignUpSchema,
  TwoFactorLoginSchema,
} from './accounts.schema';

describe('account schemas', () => {
  it('normalises emails to lower case and rejects malformed ones', () => {
    expect(EmailSchema.parse('  Ana.Lopez@Example.ORG ')).toBe('ana.lopez@example.org');
    expect(EmailSchema.safeParse('ana@').success).toBe(false);
  });

  it.each([
    ['short7!', false],
    ['eight888', true],
    ['correct horse battery staple', true],
    ['x'.repeat(256), true],
    ['x'.repeat(257), false],
  ])('new password %s → valid %s (length rules only, no composition rules)', (pw, ok) => {
    expect(NewPasswordSchema.safeParse(pw).success).toBe(ok);
  });

  it('rejects unknown fields in a sign-up', () => {
    const r = SignUpSchema.safeParse({
      practiceName: 'P',
      displayName: 'D',
      email: 'a@b.co',
      password: 'long enough',
      isAdmin: true,
    });
    expect(r.success).toBe(false);
  });

  it('accepts any non-empty password at login', () => {
    expect(LoginSchema.safeParse({ email: 'a@b.co', password: 'x' }).success).toBe(true);
    expect(LoginSchema.safeParse({ email: 'a@b.co', password: '' }).success).toBe(false);
  });

  it('takes a TOTP code or a recovery code, not both and not neither', () => {
    expect(TwoFactorLoginSchema.safeParse({ challenge: 'c'.repeat(20), code: '123456' }).success).toBe(true);
    expect(
      TwoFactorLoginSchema.safeParse({ challenge: 'c'.repeat(20), recoveryCode: 'abcde-12345' }).success,
    ).toBe(true);
    expect(TwoFactorLoginSchema.safeParse({ challenge: 'c'.repeat(20) }).success).toBe(false);
    expect(
      TwoFactorLoginSchema.safeParse({
        challenge: 'c'.repeat(20),
        code: '123456',
        recoveryCode: 'abcde-12345',
      }).success,
    ).toBe(false);
  });

  it('refuses a new password equal to the current one', () => {
    const r = ChangePasswordSchema.safeParse({
      currentPassword: 'same password',
      newPassword: 'same password',
    });
    expect(r.success).toBe(false);
  });

  it('bounds the idle timeout to 10–120 minutes and needs at least one change', () => {
    expect(PracticeSettingsUpdateSchema.safeParse({ idleTimeoutMinutes: 9 }).success).toBe(false);
    expect(PracticeSettingsUpdateSchema.safeParse({ idleTimeoutMinutes: 120 }).success).toBe(true);
    expect(PracticeSettingsUpdateSchema.safeParse({}).success).toBe(false);
  });
});
