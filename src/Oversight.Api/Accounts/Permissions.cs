using Oversight.Common;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Oversight.Programmes;

namespace Oversight.Accounts;

public enum Role
{
    [Label("Quản trị hệ thống")]
    SystemAdministrator,
    [Label("Quản trị của HĐND")]
    CouncilAdministrator,
    [Label("Văn phòng, thư ký")]
    Secretariat,
    [Label("Thành viên Đoàn giám sát")]
    DelegationMember,
    [Label("Cơ quan chịu giám sát")]
    AgencyUser,
    [Label("Người xem")]
    Viewer,
}

/// <summary>What a person may do. Every endpoint and page names one; the table below says which roles hold it.</summary>
public enum Capability
{
    /// <summary>Change one's own password, manage one's own API tokens, sign out.</summary>
    [Label("Tài khoản của mình")]
    OwnAccount,
    [Label("Quản lý HĐND (đơn vị sử dụng)")]
    ManageCouncils,
    [Label("Quản lý tài khoản")]
    ManageAccounts,
    /// <summary>The council's own settings: committees, document symbols, deadlines.</summary>
    [Label("Thiết lập của HĐND")]
    ManageCouncilSettings,
    [Label("Xem cuộc giám sát")]
    ViewProgrammes,
    [Label("Tổ chức cuộc giám sát")]
    ManageProgrammes,
    /// <summary>Log and amend findings, record minutes: the delegation's work in the field.</summary>
    [Label("Ghi ý kiến, biên bản")]
    RecordFieldwork,
    /// <summary>Comment on the circulated draft report and, as its head, approve it: a delegation member's part in the report.</summary>
    [Label("Góp ý, duyệt dự thảo báo cáo của Đoàn")]
    ReviewDraftReports,
    [Label("Mẫu văn bản")]
    ManageTemplates,
    /// <summary>Calendar, report requests and the register of recommendations; an agency user sees only what is addressed to the agency.</summary>
    [Label("Lịch, yêu cầu báo cáo, kiến nghị")]
    ViewAddressedWork,
    [Label("Nhật ký hệ thống")]
    ViewAudit,
    [Label("Số liệu HĐND cấp xã")]
    ViewCommuneRollup,
    /// <summary>Answer a recommendation: acknowledge, report progress or completion with evidence, explain, ask for more time.
    /// An agency user only for its own agency's; the secretariat records answers received on paper.</summary>
    [Label("Trả lời kiến nghị")]
    RespondToRecommendations,
    /// <summary>Confirm or edit the public holidays of a year: national, so one list for the whole deployment.</summary>
    [Label("Ngày nghỉ lễ, Tết")]
    ManageHolidays,
    /// <summary>The council's directory: agencies, committees, people without an account; matching the names written before it.</summary>
    [Label("Danh bạ cơ quan, Ban, người")]
    ManageDirectory,
}

public static class Permissions
{
    /// <summary>The permission table. A delegation member's programme rights hold only on the programmes whose delegation lists them.</summary>
    public static readonly IReadOnlyDictionary<Role, IReadOnlySet<Capability>> Table = new Dictionary<Role, IReadOnlySet<Capability>>
    {
        [Role.SystemAdministrator] = new HashSet<Capability> { Capability.OwnAccount, Capability.ManageCouncils, Capability.ManageAccounts, Capability.ManageHolidays },
        [Role.CouncilAdministrator] = new HashSet<Capability>
        {
            Capability.OwnAccount, Capability.ManageAccounts, Capability.ManageCouncilSettings, Capability.ViewProgrammes, Capability.ManageProgrammes, Capability.RecordFieldwork,
            Capability.ManageTemplates, Capability.ViewAddressedWork, Capability.ViewAudit, Capability.ViewCommuneRollup, Capability.RespondToRecommendations,
            Capability.ManageDirectory,
        },
        [Role.Secretariat] = new HashSet<Capability>
        {
            Capability.OwnAccount, Capability.ViewProgrammes, Capability.ManageProgrammes, Capability.RecordFieldwork, Capability.ManageTemplates,
            Capability.ViewAddressedWork, Capability.ViewAudit, Capability.ViewCommuneRollup, Capability.RespondToRecommendations, Capability.ManageDirectory,
        },
        [Role.DelegationMember] = new HashSet<Capability>
        {
            Capability.OwnAccount, Capability.ViewProgrammes, Capability.RecordFieldwork, Capability.ReviewDraftReports, Capability.ViewAddressedWork,
        },
        [Role.AgencyUser] = new HashSet<Capability> { Capability.OwnAccount, Capability.ViewAddressedWork, Capability.RespondToRecommendations },
        [Role.Viewer] = new HashSet<Capability>
        {
            Capability.OwnAccount, Capability.ViewProgrammes, Capability.ViewAddressedWork, Capability.ViewCommuneRollup,
        },
    };

    public static bool Allows(Role role, Capability capability) => Table[role].Contains(capability);

    public static string PolicyName(Capability capability) => $"capability:{capability}";


}

/// <summary>Declares the capability an endpoint or page requires (see <see cref="RouteAccess"/>).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public class AllowAttribute(Capability capability) : AuthorizeAttribute(Permissions.PolicyName(capability))
{
    public Capability Capability { get; } = capability;

    /// <summary>
    /// The endpoint touches only the caller's own records: their account, or a list it filters for them. It names
    /// no single record to check, and is open to the roles bound to their own records.
    /// </summary>
    public bool OwnRecordsOnly { get; set; }

    /// <summary>Whether the endpoint itself (or the command it sends) decides which records the caller reaches.</summary>
    public virtual bool TargetDecidedByEndpoint => OwnRecordsOnly;
}

/// <summary>
/// Declares that an endpoint sends a command: it requires the command's capability, and the command's handler
/// checks the command's own target (<see cref="CommandGuard"/>), so the capability is declared once, on the command.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SendsAttribute<TCommand>() : AllowAttribute(RequiresAttribute.Of(typeof(TCommand))
    ?? throw new InvalidOperationException($"{typeof(TCommand).Name} does not declare [Requires]."))
{
    public override bool TargetDecidedByEndpoint => true;
}

/// <summary>The signed-in person as the claims of the auth cookie or API token carry them.</summary>
public sealed record Actor(Guid AccountId, string UserName, string FullName, Role Role, string? CouncilId, Guid? AgencyId)
{
    public const string CouncilClaim = "council";
    public const string RoleClaim = "oversight_role";
    public const string AgencyClaim = "agency";
    public const string FullNameClaim = "full_name";

    public static Actor? From(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true
            || !Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            || !Enum.TryParse<Role>(user.FindFirstValue(RoleClaim), out var role))
        {
            return null;
        }

        return new Actor(id, user.Identity.Name ?? "", user.FindFirstValue(FullNameClaim) ?? "", role, user.FindFirstValue(CouncilClaim),
            Guid.TryParse(user.FindFirstValue(AgencyClaim), out var agency) ? agency : null);
    }

    public static Actor Of(ClaimsPrincipal user) => From(user) ?? throw new InvalidOperationException("The request reached an action without a signed-in person.");

    public bool Can(Capability capability) => Permissions.Allows(Role, capability);

    /// <summary>A delegation member writes in their own name only; the secretariat may write for any member.</summary>
    public Guid AuthorFor(Guid requested) => Role == Role.DelegationMember ? AccountId : requested;

    /// <summary>True for every agency, except for an agency user, who sees only the directory's agency the account is bound to.</summary>
    public bool IsOwnAgency(Guid? directoryAgencyId) => Role != Role.AgencyUser || (directoryAgencyId is { } id && id == AgencyId);

    public ClaimsIdentity ToIdentity(string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, AccountId.ToString()),
            new(ClaimTypes.Name, UserName),
            new(FullNameClaim, FullName),
            new(RoleClaim, Role.ToString()),
        };
        if (CouncilId is not null)
        {
            claims.Add(new Claim(CouncilClaim, CouncilId));
        }

        if (AgencyId is { } agency)
        {
            claims.Add(new Claim(AgencyClaim, agency.ToString()));
        }

        return new ClaimsIdentity(claims, scheme, ClaimTypes.Name, RoleClaim);
    }
}
