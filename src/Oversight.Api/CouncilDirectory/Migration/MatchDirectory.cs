using System.Security.Claims;
using Marten;
using Oversight.Accounts;
using Oversight.CouncilDirectory.Agencies;
using Oversight.Web;
using Wolverine;
using Wolverine.Http;

namespace Oversight.CouncilDirectory.Migration;

/// <summary>Matches again what was written by name before the directory (after agencies or aliases were added to it).</summary>
[Requires(Capability.ManageDirectory)]
public sealed record MatchDirectory : IDoneMessage
{
    string IDoneMessage.DoneMessage => "Đã đối chiếu lại các tên với danh bạ.";
}

public static class MatchDirectoryHandler
{
    [Untargeted]
    public static Task<MigrationReport> Handle(MatchDirectory command, Actor actor, IDocumentSession session, CancellationToken cancellation) =>
        DirectoryMigration.Run(session, actor.CouncilId!, cancellation);
}

public static class MatchDirectoryEndpoint
{
    [Sends<MatchDirectory>]
    [WolverinePost("/api/directory/migration")]
    [Tags(AgencyRules.Tag)]
    [EndpointSummary("Đối chiếu lại các tên cơ quan, tên Ban ghi trước khi có danh bạ với danh bạ; trả về những tên còn chưa khớp")]
    public static Task<MigrationReport> Post(ClaimsPrincipal user, IMessageBus bus) => bus.SendAsync<MigrationReport>(Actor.Of(user), new MatchDirectory());
}

public static class MigrationReportEndpoint
{
    [Allow(Capability.ManageDirectory)]
    [WolverineGet("/api/directory/migration")]
    [Tags(AgencyRules.Tag)]
    [EndpointSummary("Báo cáo đối chiếu: các tên cơ quan, tên Ban ghi trước khi có danh bạ mà chưa khớp (hoặc khớp nhiều mục), và nơi dùng chúng")]
    public static Task<MigrationReport> Get(IQuerySession session, ClaimsPrincipal user, CancellationToken cancellation) =>
        DirectoryMigration.Report(session, Actor.Of(user).CouncilId ?? "", cancellation);
}
