import { z } from 'zod';

/**
 * Account requests (sign-up, login, invitations, settings): the wire contract shared by the API and the
 * dashboard's forms. Password rules follow NIST SP 800-63B / OWASP ASVS 5 level 2: length, not composition.
 * The check against common passwords needs a 49k-word list and lives in the API.
 */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 256;

export const EmailSchema = z
  .string()
  .trim()
  .max(254, { message: 'An email address has at most 254 characters.' })
  .pipe(z.email({ message: 'Enter an email address like name@example.com.' }))
  .transform((e) => e.toLowerCase());

export const NewPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, {
    message: `Use at least ${PASSWORD_MIN_LENGTH} characters. A few words together make a strong password.`,
  })
  .max(PASSWORD_MAX_LENGTH, { message: `Use at most ${PASSWORD_MAX_LENGTH} characters.` });

/** At login any string is accepted (old passwords may predate today's rules); only its size is bounded. */
const GivenPasswordSchema = z.string().min(1, { message: 'Enter your password.' }).max(PASSWORD_MAX_LENGTH);

export const DisplayNameSchema = z.string().trim().min(1, { message: 'Enter a name.' }).max(120);
export const PracticeNameSchema = z.string().trim().min(1, { message: 'Enter the practice name.' }).max(200);

export const ROLES = ['owner', 'practitioner', 'client'] as const;
export type Role = (typeof ROLES)[number];
export const RoleSchema = z.enum(ROLES);

export const SignUpSchema = z
  .object({
    practiceName: PracticeNameSchema,
    displayName: DisplayNameSchema,
    email: EmailSchema,
    password: NewPasswordSchema,
  })
  .strict();
export type SignUpInput = z.input<typeof SignUpSchema>;

export const LoginSchema = z.object({ email: EmailSchema, password: GivenPasswordSchema }).strict();
export type LoginInput = z.input<typeof LoginSchema>;

export const TotpCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{6}$/, { message: 'Enter the 6-digit code from your authenticator app.' });
export const RecoveryCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9]{5}-?[A-Za-z0-9]{5}$/, { message: 'A recovery code looks like abcde-12345.' });

export const TwoFactorLoginSchema = z
  .object({
    challenge: z.string().min(10).max(200),
    code: TotpCodeSchema.optional(),
    recoveryCode: RecoveryCodeSchema.optional(),
  })
  .strict()
  .refine((v) => (v.code === undefined) !== (v.recoveryCode === undefined), {
    message: 'Enter either a code from your app or a recovery code.',
    path: ['code'],
  });

export const TwoFactorEnableSchema = z.object({ code: TotpCodeSchema }).strict();
export const PasswordConfirmSchema = z.object({ password: GivenPasswordSchema }).strict();

export const ChangePasswordSchema = z
  .object({ currentPassword: GivenPasswordSchema, newPassword: NewPasswordSchema })
  .strict()
  .refine((v) => v.currentPassword !== v.newPassword, {
    message: 'Choose a password different from the current one.',
    path: ['newPassword'],
  });

export const PasswordResetRequestSchema = z.object({ email: EmailSchema }).strict();
export const PasswordResetConfirmSchema = z
  .object({ token: z.string().min(10).max(200), newPassword: NewPasswordSchema })
  .strict();

export const InvitationCreateSchema = z
  .object({
    email: EmailSchema,
    displayName: DisplayNameSchema,
    role: z.enum(['practitioner', 'client']),
    /** For a client invited by the owner: whose caseload the client joins (defaults to the inviter). */
    practitionerId: z.uuid().optional(),
  })
  .strict();
export type InvitationCreateInput = z.input<typeof InvitationCreateSchema>;

export const InvitationAcceptSchema = z
  .object({ token: z.string().min(10).max(200), password: NewPasswordSchema })
  .strict();

export const IDLE_TIMEOUT_MINUTES = { min: 10, max: 120, default: 30 } as const;
export const SESSION_ABSOLUTE_HOURS = 12;
export const INVITATION_TTL_DAYS = 7;

export const PracticeSettingsUpdateSchema = z
  .object({
    name: PracticeNameSchema.optional(),
    requireTwoFactor: z.boolean().optional(),
    idleTimeoutMinutes: z
      .number()
      .int()
      .min(IDLE_TIMEOUT_MINUTES.min)
      .max(IDLE_TIMEOUT_MINUTES.max)
      .optional(),
    /** null restores the safe default text. */
    crisisResources: z.string().trim().min(1).max(4000).nullable().optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: 'Change at least one setting.' });
export type PracticeSettingsUpdate = z.input<typeof PracticeSettingsUpdateSchema>;

/** Shown to a client on a risk flag when the practice has not written its own text. */
export const DEFAULT_CRISIS_RESOURCES =
  'If you are in danger now, call your local emergency number. If you are thinking about harming yourself, please contact a crisis line in your country or go to the nearest emergency department. Your practitioner does not see entries in real time.';
