namespace Perheverkko.Web.Platform.Access;

/// <summary>
/// A feature that names people by name and e-mail before they have an account (a group's member or chair, say). When an
/// account holder confirms their address by the link sent to it, the people named by that address become the account,
/// so what was given to them (a chair's role, memberships) follows them. Never on an unconfirmed address: anyone can be
/// given an account with any address, only the mailbox's holder can open the link.
/// </summary>
public interface IPeopleByAddress
{
    /// <summary>
    /// Puts the account on the people named by <paramref name="email"/> without one. The changes are left to the caller's
    /// save, so they commit with the confirmation and its audit row.
    /// </summary>
    /// <returns>How many people were linked, for the audit row.</returns>
    Task<int> LinkAsync(Guid userId, string email, CancellationToken cancellationToken);
}
