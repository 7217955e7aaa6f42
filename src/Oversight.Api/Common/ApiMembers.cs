namespace Oversight.Common;

/// <summary>
/// A member of a command that the endpoint fills itself, from the route or with an id it makes: it is no part of the request
/// body, so the OpenAPI document leaves it out (a value sent anyway is ignored). The handler still receives it on the command,
/// which is why the command keeps it rather than each endpoint taking a body record of its own.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class SetByServerAttribute : Attribute;

/// <summary>An example value the OpenAPI document shows for a member (in Vietnamese, as a person would type it).</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class ExampleAttribute(string value) : Attribute
{
    public string Value { get; } = value;
}

/// <summary>The endpoint reads a multipart form itself; <typeparamref name="TFields"/> describes its fields for the OpenAPI document.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class MultipartFormAttribute<TFields> : Attribute, IMultipartForm
{
    public Type Fields => typeof(TFields);
}

public interface IMultipartForm
{
    Type Fields { get; }
}

/// <summary>The endpoint answers 200 with a file of one of these media types (a Word document, a workbook…).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ProducesFileAttribute(params string[] mediaTypes) : Attribute
{
    public IReadOnlyList<string> MediaTypes { get; } = mediaTypes;
}
