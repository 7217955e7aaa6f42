using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Oversight.Web;
using Wolverine.Http;
using Wolverine.Marten;

namespace Oversight.Programmes.Creating;

public sealed record CreateProgramme(string? Title, int? Year);

public static class CreateProgrammeEndpoint
{
    public const int MaxTitleLength = 500;

    public static ProblemDetails Validate(CreateProgramme? command)
    {
        if (command is null)
        {
            return Problems.Invalid(new Dictionary<string, string> { ["body"] = "Hãy gửi tên và năm của cuộc giám sát." });
        }

        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(command.Title))
        {
            errors["title"] = "Hãy nhập tên cuộc giám sát.";
        }
        else if (command.Title.Trim().Length > MaxTitleLength)
        {
            errors["title"] = $"Tên cuộc giám sát dài quá {MaxTitleLength} ký tự.";
        }

        if (command.Year is not (>= 2000 and <= 2100))
        {
            errors["year"] = "Năm giám sát phải là một năm từ 2000 đến 2100.";
        }

        return Problems.Invalid(errors);
    }

    [WolverinePost("/api/programmes")]
    [Tags(ProgrammesConfiguration.ApiTag)]
    [EndpointSummary("Tạo một cuộc giám sát")]
    public static (CreationResponse<Guid>, IStartStream) Post(CreateProgramme command)
    {
        var id = Guid.CreateVersion7();
        var created = new ProgrammeCreated(id, command.Title!.Trim(), command.Year!.Value);
        return (new CreationResponse<Guid>($"/api/programmes/{id}", id), MartenOps.StartStream<Programme>(id, created));
    }
}
