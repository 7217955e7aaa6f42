using Marten;
using Microsoft.AspNetCore.Mvc;
using Oversight.Accounts;
using Oversight.Common;
using Oversight.Pages.Public;
using Oversight.Programmes;
using Oversight.Programmes.Reporting;
using Oversight.Recommendations;
using Oversight.Web;
using Wolverine;

namespace Oversight.Pages.Programmes;

/// <summary>
/// Publishing on the council's public page, and withdrawing from it: the page shows exactly what the public will see (the public
/// page's own partial) before the secretariat confirms; a withdrawal asks for the reason and is confirmed too.
/// </summary>
public sealed class PublicationModel(IQuerySession session, IMessageBus bus, TimeProvider clock) : ProgrammePage(session, bus)
{
    public IReadOnlyList<Recommendation> Recommendations { get; private set; } = [];

    public string PublicAddress => $"/cong-khai/{Actor.Of(User).CouncilId}/{Id}";

    public Task<IActionResult> OnPostPublishAsync() =>
        Run(new PublishConclusion(Id), done: () => Task.FromResult(new Flash(((IDoneMessage)new PublishConclusion(Id)).DoneMessage, PublicAddress, "Mở trang công khai")));

    public Task<IActionResult> OnPostWithdrawAsync(string? reason) =>
        RunConfirmed(new WithdrawPublication(Id, reason), () => Checked(
            () => WithdrawPublicationHandler.Decide(Programme, new WithdrawPublication(Id, reason), VietnamTime.Today(clock)), new Confirmation("Rút kết luận khỏi trang công khai?",
        [
            $"Trang công khai {PublicAddress} không còn hiện kết luận số {Programme.Conclusion?.Number} và tình hình thực hiện kiến nghị của cuộc giám sát này.",
            $"Lý do được ghi vào nhật ký: {reason}",
            "Có thể công khai lại sau.",
        ], "Xác nhận rút khỏi trang công khai", Danger: true)));

    protected override async Task<bool> PrepareAsync()
    {
        Recommendations = Programme.Conclusion is null ? [] : await PublicProgramme.RecommendationsOf(Session, Id, HttpContext.RequestAborted);
        return true;
    }
}
