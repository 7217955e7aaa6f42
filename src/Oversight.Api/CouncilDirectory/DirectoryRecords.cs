using Oversight.Common;

namespace Oversight.CouncilDirectory;

// A council's directory (danh bạ): the agencies it oversees, its committees, and the people who may sit on its
// delegations without an account. Each record is a document of the council's tenant, named by its id everywhere
// else; programmes, recommendations and documents keep the name they had when they were written.

public enum AgencyLevel
{
    [Label("Cấp tỉnh")]
    Province,
    [Label("Cấp xã")]
    Commune,
    [Label("Trung ương")]
    Central,
    [Label("Khác")]
    Other,
}

/// <summary>A supervised agency (cơ quan chịu giám sát): UBND, a Sở, a commune's UBND…</summary>
public sealed class Agency
{
    public Guid Id { get; set; }

    /// <summary>In full, as documents name it: "Sở Lao động - Thương binh và Xã hội".</summary>
    public string Name { get; set; } = "";

    /// <summary>As people write it for short: "Sở LĐ-TB&amp;XH".</summary>
    public string? ShortName { get; set; }

    /// <summary>Other names it went or goes by (a former name, a common misspelling), matched when names are looked up.</summary>
    public List<string> Aliases { get; set; } = [];

    public AgencyLevel Level { get; set; }

    /// <summary>The agency it belongs to (a Sở under UBND tỉnh), in the same directory.</summary>
    public Guid? ParentId { get; set; }

    /// <summary>Where notices to the agency are sent.</summary>
    public List<string> Emails { get; set; } = [];

    /// <summary>Every name the agency answers to: its name, short name and aliases.</summary>
    public IEnumerable<string> Names => new[] { Name, ShortName }.OfType<string>().Concat(Aliases);

    /// <summary>A copy to change, leaving this one as it was (deciders never change what they are given).</summary>
    public Agency Copy()
    {
        var copy = (Agency)MemberwiseClone();
        copy.Aliases = [.. Aliases];
        copy.Emails = [.. Emails];
        return copy;
    }
}

/// <summary>A committee of the council (Ban của HĐND), which may oversee in its own name.</summary>
public sealed class Committee
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public string? ShortName { get; set; }

    public IEnumerable<string> Names => new[] { Name, ShortName }.OfType<string>();
}

/// <summary>A person who may sit on a delegation but has no account (a deputy, an invited expert); people with an account are the accounts themselves.</summary>
public sealed class DirectoryPerson
{
    public Guid Id { get; set; }

    public string FullName { get; set; } = "";

    public string? Position { get; set; }
}
