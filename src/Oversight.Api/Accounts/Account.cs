namespace Oversight.Accounts;

/// <summary>
/// A person who signs in. Accounts belong to no council's data (they are looked up at sign-in, before any
/// council is known), so they are stored outside the tenants and name their council themselves.
/// </summary>
public sealed class Account
{
    public Guid Id { get; set; }

    /// <summary>Lower case; unique across the deployment.</summary>
    public string UserName { get; set; } = "";

    public string FullName { get; set; } = "";

    /// <summary>Where notifications are e-mailed, when the deployment sends e-mail.</summary>
    public string? Email { get; set; }

    /// <summary>Whether notifications are e-mailed one by one or in one digest a day (the person chooses on their profile).</summary>
    public Notifications.EmailDelivery EmailDelivery { get; set; }

    public Role Role { get; set; }

    /// <summary>Null only for system administrators.</summary>
    public string? CouncilId { get; set; }

    /// <summary>For an agency user: the supervised agency in the council's directory, whose records the account reaches.</summary>
    public Guid? AgencyId { get; set; }

    /// <summary>
    /// For an agency user: the agency's name as it was when the account was bound to it (shown, never compared); before the
    /// directory, the name typed for the account, which the directory's migration matches once.
    /// </summary>
    public string? AgencyName { get; set; }

    public string PasswordHash { get; set; } = "";

    /// <summary>Changes when the password changes or the account is disabled, which ends every open sign-in.</summary>
    public Guid SecurityStamp { get; set; } = Guid.NewGuid();

    public int FailedSignIns { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public bool Disabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastSignInAt { get; set; }

    /// <summary>Sign-ins signed out before their cookie's lifetime ran out; their cookies are refused until then.</summary>
    public List<EndedSession> EndedSessions { get; set; } = [];

    /// <summary>Single sign-on identities (issuer and subject) bound to this account, by an administrator or by the person.</summary>
    public List<ExternalLogin> ExternalLogins { get; set; } = [];

    /// <summary>The hash of a one-time code the person, signed in here, redeems at the identity provider to bind it; and until when.</summary>
    public string? LinkCodeHash { get; set; }

    public DateTimeOffset? LinkCodeUntil { get; set; }

    public Actor ToActor() => new(Id, UserName, FullName, Role, CouncilId, AgencyId);

    /// <summary>A copy to change, leaving this one as it was (deciders never change what they are given).</summary>
    public Account Copy() => (Account)MemberwiseClone();

    public static string Normalise(string userName) => userName.Trim().ToLowerInvariant();
}

public sealed record EndedSession(string Id, DateTimeOffset Until);

public sealed record ExternalLogin(string Issuer, string Subject);

/// <summary>A bearer token for an integration. Only its SHA-256 is kept; the token itself is shown once.</summary>
public sealed class ApiToken
{
    /// <summary>Hex SHA-256 of the token.</summary>
    public string Id { get; set; } = "";

    public Guid AccountId { get; set; }

    public string Name { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>The account's security stamp when the token was made: a new password (or a reset, or a disabled account) ends it.</summary>
    public Guid SecurityStamp { get; set; }
}
