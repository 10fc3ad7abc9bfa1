namespace ComplianceEngine.Engine.People;

/// <summary>What the link of a cloud identity to a person found.</summary>
public enum LinkState
{
    /// <summary>No link names anyone: the identity is an orphan.</summary>
    Unlinked,

    /// <summary>The link names an enabled Entra user.</summary>
    Active,

    /// <summary>The link names an Entra user whose account is disabled.</summary>
    Disabled,

    /// <summary>The link names a user the directory does not hold (deleted), the directory having been read completely.</summary>
    Deleted,

    /// <summary>The link names a user not found, in a directory that was not read (or not completely): unknown.</summary>
    Unresolved,
}
