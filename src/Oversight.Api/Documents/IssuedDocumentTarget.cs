using Oversight.Accounts;
using Oversight.Programmes;

namespace Oversight.Documents;

/// <summary>
/// An issued document as a record people reach: the members of its programme's delegation, and the accounts of the agencies it is
/// addressed to (<see cref="DocumentKind.ToAgencies"/>: the plan, the report outline, schedule notices, the notice of conclusions,
/// follow-up requests to every agency the programme supervises; the minutes of a session to the agency of that session).
/// </summary>
public sealed record IssuedDocumentTarget(Programme Programme, IssuedDocumentRef Document) : IAccessTarget
{
    public Guid Id => Document.Id;

    public bool Admits(Actor actor) =>
        Programme.Admits(actor) || (actor.Role == Role.AgencyUser && IsAddressedToDirectoryAgency(Programme, Document, actor.AgencyId));

    /// <summary>Whether the document is addressed to one of the programme's agencies (its own id for it, <see cref="AgencyRef.Id"/>).</summary>
    public static bool IsAddressedTo(Programme programme, IssuedDocumentRef document, Guid agencyId) =>
        ProgrammeDocuments.Find(document.Template) is { ToAgencies: true } && programme.Agency(agencyId) is not null
        && (document.ActivityId is not { } session || programme.Activity(session)?.AgencyId == agencyId);

    /// <summary>Whether the document is addressed to the directory's agency (through the programme's agency that is it).</summary>
    public static bool IsAddressedToDirectoryAgency(Programme programme, IssuedDocumentRef document, Guid? directoryId) =>
        directoryId is { } id && programme.Agencies.Any(agency => agency.DirectoryId == id && IsAddressedTo(programme, document, agency.Id));
}
