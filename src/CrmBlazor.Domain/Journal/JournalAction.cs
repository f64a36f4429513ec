namespace CrmBlazor.Domain.Journal;

public enum JournalAction
{
    Created,
    Updated,
    Deleted,
    SignedIn,
    SignInFailed,
    LockedOut,
    SignedOut,
    TwoFactorEnabled,
    TwoFactorDisabled,
    TwoFactorReset,
    RecoveryCodesGenerated,
    RecoveryCodeUsed,
    PasswordChanged,
    JobTriggered,
    Downloaded,
}
