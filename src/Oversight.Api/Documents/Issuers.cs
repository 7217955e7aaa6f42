using System.Globalization;
using Oversight.Councils;
using Oversight.Programmes;

namespace Oversight.Documents;

/// <summary>The bodies that issue a programme's documents.</summary>
public enum IssuerKind
{
    /// <summary>Thường trực HĐND.</summary>
    StandingCommittee,

    /// <summary>A Ban of the council (the programme's <see cref="Programme.BodyUnit"/>).</summary>
    Committee,

    /// <summary>The oversight delegation (Đoàn giám sát) itself.</summary>
    Delegation,

    /// <summary>The council in plenary (its resolutions).</summary>
    Council,
}

/// <summary>
/// Who issues a document and who signs it, decided from the overseeing body, so that the heading, the symbol,
/// the wording and the signature agree (Nghị định 30/2020, Điều 13: collective bodies sign "TM.", a deputy "KT.").
/// </summary>
public static class Issuers
{
    /// <summary>Who issues the decision establishing the delegation: the Thường trực, the Ban, or the council by resolution.</summary>
    public static IssuerKind Establishing(OverseeingBody body) => body switch
    {
        OverseeingBody.Committee => IssuerKind.Committee,
        OverseeingBody.Council => IssuerKind.Council,
        _ => IssuerKind.StandingCommittee,
    };

    /// <summary>Who notifies the conclusions: the Thường trực or the Ban that oversaw; for the council or a deputy group, the delegation.</summary>
    public static IssuerKind Concluding(OverseeingBody body) => body switch
    {
        OverseeingBody.StandingCommittee => IssuerKind.StandingCommittee,
        OverseeingBody.Committee => IssuerKind.Committee,
        _ => IssuerKind.Delegation,
    };

    /// <summary>Names of the council as documents write them, from its full name ("Hội đồng nhân dân tỉnh Hà Nam").</summary>
    public sealed record CouncilNames(string Full, string Locality, string Level)
    {
        const string Council = "Hội đồng nhân dân";

        static readonly string[] Levels = ["thành phố", "thị xã", "thị trấn", "đặc khu", "tỉnh", "huyện", "quận", "xã", "phường"];

        public static CouncilNames Of(string name)
        {
            var full = name.Trim();
            var locality = full.StartsWith(Council, StringComparison.OrdinalIgnoreCase) ? full[Council.Length..].Trim() : "";
            var level = Levels.FirstOrDefault(word => locality.StartsWith(word + " ", StringComparison.OrdinalIgnoreCase)) ?? "";
            return new CouncilNames(full, locality, level);
        }

        /// <summary>"HĐND tỉnh Hà Nam": the parent body above the issuer in a heading (Nghị định 30 allows "HĐND" there).</summary>
        public string Abbreviated => Locality.Length > 0 ? $"HĐND {Locality}" : Full;

        /// <summary>"HĐND tỉnh": the council as the text of its own documents names it.</summary>
        public string Short => Level.Length > 0 ? $"HĐND {Level}" : Abbreviated;

        /// <summary>"Hội đồng nhân dân tỉnh": the same, written out.</summary>
        public string ShortInFull => Level.Length > 0 ? $"{Council} {Level}" : Full;
    }

    /// <summary>The issuing body of a document: its heading, its name in the text, and the code in its symbols.</summary>
    public static IssuerData Issuer(IssuerKind kind, Programme programme, CouncilNames council) => kind switch
    {
        IssuerKind.StandingCommittee => StandingCommittee(council),
        IssuerKind.Committee => Committee(programme.BodyUnit ?? "Ban", council),
        IssuerKind.Council => new IssuerData("", council.Full, council.Locality.Length > 0 ? $"Hội đồng nhân dân\n{council.Locality}" : council.Full,
            council.Full, council.Short, [], "HĐND"),
        _ => new IssuerData(council.Abbreviated, "Đoàn giám sát", "Đoàn giám sát", $"Đoàn giám sát của {Overseer(programme, council)}", "Đoàn giám sát",
            programme.Body is OverseeingBody.Committee or OverseeingBody.DeputyGroup
                ? [$"Thường trực {council.Short}", Overseer(programme, council)]
                : [$"Thường trực {council.Short}"], "ĐGS"),
    };

    /// <summary>The Thường trực, or a Ban by its name, issuing in its own name (a hearing's notices, for one).</summary>
    public static IssuerData Of(OverseeingBody body, string? unit, CouncilNames council) =>
        body == OverseeingBody.Committee ? Committee(unit ?? "Ban", council) : StandingCommittee(council);

    static IssuerData StandingCommittee(CouncilNames council) => new(council.Abbreviated, "Thường trực HĐND", "Thường trực HĐND",
        $"Thường trực Hội đồng nhân dân {council.Locality}".TrimEnd(), $"Thường trực {council.Short}", [], "HĐND");

    static IssuerData Committee(string unit, CouncilNames council)
    {
        var name = unit.Trim();
        return new IssuerData(council.Abbreviated, name, name, $"{name} Hội đồng nhân dân {council.Locality}".TrimEnd(), $"{name} {council.Short}",
            [$"Thường trực {council.Short}"], CommitteeCode(name));
    }

    /// <summary>"BVHXH" for "Ban Văn hóa - Xã hội", "BPC" for "Ban Pháp chế": the initials, as symbols such as 84/BC-BPC write them.</summary>
    public static string CommitteeCode(string committee) =>
        string.Concat(committee.Split([' ', '-', '–'], StringSplitOptions.RemoveEmptyEntries)
            .Select(word => char.ToUpper(word[0], CultureInfo.InvariantCulture)));

    /// <summary>The overseeing body as the text names it: "Thường trực HĐND tỉnh", "Ban Văn hóa - Xã hội HĐND tỉnh", "HĐND tỉnh".</summary>
    public static string Overseer(Programme programme, CouncilNames council) => programme.Body switch
    {
        OverseeingBody.StandingCommittee => $"Thường trực {council.Short}",
        OverseeingBody.Committee => $"{programme.BodyUnit} {council.Short}",
        OverseeingBody.Council => council.Short,
        _ => programme.BodyUnit ?? $"Tổ đại biểu {council.Short}",
    };

    /// <summary>
    /// The symbol after a document's number: the kind's own when its usual issuer issues it, else the type's abbreviation
    /// (Phụ lục III: QĐ, NQ, KH, TB…; none for a letter) and the issuer's code: "TB-BVHXH", "TB-ĐGS".
    /// </summary>
    public static string Symbol(DocumentKind kind, IssuerKind issuer, IssuerData data, string type) =>
        issuer == kind.IssuerFor(OverseeingBody.StandingCommittee) ? kind.Symbol
        : type.Length == 0 ? data.Code
        : $"{type}-{data.Code}";

    /// <summary>
    /// Who signs for the issuer, and how: the person the record names (the decision's signer, else the head of the
    /// delegation) when they hold an office of the issuer; else its head (Chủ tịch, Trưởng Ban); else a deputy, who signs "KT.".
    /// </summary>
    public static SignatureData Signature(IssuerKind kind, Programme programme, IReadOnlyList<Official> officials, string? preferred)
    {
        var head = programme.Delegation?.Head?.Name ?? "";
        switch (kind)
        {
            case IssuerKind.Delegation:
                return new SignatureData(["TM. ĐOÀN GIÁM SÁT", "TRƯỞNG ĐOÀN"], head);
            case IssuerKind.Committee:
            {
                var unit = programme.BodyUnit?.Trim() ?? "";
                var ban = officials.Where(official => string.Equals(official.Committee, unit, StringComparison.OrdinalIgnoreCase)
                    && official.Position is OfficialPosition.CommitteeHead or OfficialPosition.CommitteeDeputyHead).ToList();
                var signer = Named(ban, preferred) ?? Named(ban, head) ?? ban.FirstOrDefault(official => official.Position == OfficialPosition.CommitteeHead) ?? ban.FirstOrDefault();
                string[] authority = [$"TM. {Upper(unit)}"];
                return signer is { Position: OfficialPosition.CommitteeDeputyHead }
                    ? new SignatureData([.. authority, "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"], signer.Name)
                    : new SignatureData([.. authority, "TRƯỞNG BAN"], signer?.Name ?? "");
            }

            default:
            {
                var standing = officials.Where(official => official.Position is OfficialPosition.Chairman or OfficialPosition.ViceChairman).ToList();
                var signer = Named(standing, preferred) ?? (kind == IssuerKind.StandingCommittee ? Named(standing, head) : null)
                    ?? standing.FirstOrDefault(official => official.Position == OfficialPosition.Chairman) ?? standing.FirstOrDefault();
                string[] authority = [kind == IssuerKind.Council ? "TM. HỘI ĐỒNG NHÂN DÂN" : "TM. THƯỜNG TRỰC HĐND"];
                return signer is { Position: OfficialPosition.ViceChairman }
                    ? new SignatureData([.. authority, "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer.Name)
                    : new SignatureData([.. authority, "CHỦ TỊCH"], signer?.Name ?? "");
            }
        }
    }

    static Official? Named(IEnumerable<Official> officials, string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : officials.FirstOrDefault(official => string.Equals(official.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    static string Upper(string text) => VietnameseFunctions.Upper(text);
}
