using System.Collections;
using System.ComponentModel;
using System.Reflection;
using Scriban.Runtime;

namespace Oversight.Documents;

/// <summary>What kind of value a field holds, as a clerk reads it in the field guide.</summary>
public enum FieldKind
{
    Text,
    Number,
    Date,
    YesNo,
    List,
    Group,
    Unknown,
}

/// <summary>
/// The shape of the data a template receives: which members exist at every depth, under their template
/// (snake_case) names. Built from the data model's types (what the app gives) or from a sample value
/// (JSON a template author tries); unknown parts (a null, an empty list) accept any member.
/// </summary>
public sealed class DataShape
{
    const int MaxDepth = 12;

    public static readonly DataShape Any = new(FieldKind.Unknown);

    DataShape(FieldKind kind, IReadOnlyDictionary<string, DataShape>? members = null, DataShape? element = null, string? description = null)
    {
        Kind = kind;
        Members = members ?? new Dictionary<string, DataShape>();
        Element = element;
        Description = description;
    }

    public FieldKind Kind { get; }

    /// <summary>A group's members in declaration order; empty for other kinds.</summary>
    public IReadOnlyDictionary<string, DataShape> Members { get; }

    /// <summary>A list's items.</summary>
    public DataShape? Element { get; }

    /// <summary>What the field means, from the model's <see cref="DescriptionAttribute"/>.</summary>
    public string? Description { get; }

    DataShape Described(string? description) => description is null ? this : new(Kind, Members, Element, description);

    /// <summary>The shape of a value: a typed model by its type, a <see cref="ScriptObject"/> (JSON) by what it holds.</summary>
    public static DataShape Of(object? value) => value switch
    {
        null => Any,
        IScriptObject or IDictionary or ScriptArray => FromValue(value, 0),
        _ => FromType(value.GetType(), 0),
    };

    public static DataShape OfType(Type type) => FromType(type, 0);

    static DataShape FromType(Type type, int depth)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (ScalarKind(type) is { } scalar)
        {
            return new DataShape(scalar);
        }

        if (depth > MaxDepth || typeof(IScriptObject).IsAssignableFrom(type) || typeof(IDictionary).IsAssignableFrom(type) || type == typeof(object))
        {
            return Any;
        }

        if (typeof(IEnumerable).IsAssignableFrom(type))
        {
            var element = type.IsArray
                ? type.GetElementType()
                : type.GetInterfaces().Append(type).FirstOrDefault(candidate => candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IEnumerable<>))
                    ?.GetGenericArguments()[0];
            return new DataShape(FieldKind.List, element: element is null ? Any : FromType(element, depth + 1));
        }

        var parameters = type.GetConstructors().SelectMany(constructor => constructor.GetParameters())
            .Where(parameter => parameter.Name is not null)
            .GroupBy(parameter => parameter.Name!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.OrdinalIgnoreCase);
        var members = new Dictionary<string, DataShape>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.GetIndexParameters().Length == 0))
        {
            // A record's description sits on its constructor parameter; a class's on the property.
            var description = property.GetCustomAttribute<DescriptionAttribute>()?.Description
                ?? (parameters.TryGetValue(property.Name, out var parameter) ? parameter.GetCustomAttribute<DescriptionAttribute>()?.Description : null);
            members[StandardMemberRenamer.Rename(property.Name)] = FromType(property.PropertyType, depth + 1).Described(description);
        }

        return new DataShape(FieldKind.Group, members);
    }

    static FieldKind? ScalarKind(Type type) =>
        type == typeof(string) || type == typeof(char) || type == typeof(Guid) || type.IsEnum ? FieldKind.Text
        : type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset) ? FieldKind.Date
        : type == typeof(bool) ? FieldKind.YesNo
        : type.IsPrimitive || type == typeof(decimal) ? FieldKind.Number
        : type == typeof(TimeOnly) || type == typeof(TimeSpan) ? FieldKind.Text
        : null;

    static DataShape FromValue(object? value, int depth)
    {
        if (depth > MaxDepth)
        {
            return Any;
        }

        switch (value)
        {
            case null:
                return Any;
            case string:
                return new DataShape(FieldKind.Text);
            case ScriptObject script:
                return new DataShape(FieldKind.Group, script.Keys.ToDictionary(name => name, name => FromValue(script[name], depth + 1)));
            case IDictionary dictionary:
                return new DataShape(FieldKind.Group, dictionary.Keys.Cast<object>().Select(key => key.ToString() ?? "").Distinct()
                    .ToDictionary(name => name, name => FromValue(dictionary[name], depth + 1)));
            case IEnumerable items:
                var shapes = items.Cast<object?>().Take(1000).Select(item => FromValue(item, depth + 1)).ToList();
                return new DataShape(FieldKind.List, element: shapes.Count == 0 ? Any : shapes.Aggregate(Merge));
            case IScriptObject:
                return Any;
            default:
                return ScalarKind(value.GetType()) is { } scalar ? new DataShape(scalar) : FromType(value.GetType(), depth);
        }
    }

    /// <summary>Two items of one list: members of either are known; a disagreement is unknown.</summary>
    static DataShape Merge(DataShape first, DataShape second)
    {
        if (first.Kind == FieldKind.Unknown || second.Kind == FieldKind.Unknown || first.Kind != second.Kind)
        {
            return first.Kind == second.Kind ? first : Any;
        }

        return first.Kind switch
        {
            FieldKind.Group => new DataShape(FieldKind.Group, first.Members.Keys.Union(second.Members.Keys).ToDictionary(name => name, name =>
                first.Members.TryGetValue(name, out var one) && second.Members.TryGetValue(name, out var other) ? Merge(one, other)
                : first.Members.GetValueOrDefault(name) ?? second.Members[name])),
            FieldKind.List => new DataShape(FieldKind.List, element: Merge(first.Element ?? Any, second.Element ?? Any)),
            _ => first,
        };
    }

    /// <summary>Every field at every depth, parents before children; a list's items read as <c>list[]</c>.</summary>
    public IEnumerable<(string Path, DataShape Shape)> Fields(string prefix = "")
    {
        foreach (var (name, member) in Members)
        {
            var path = prefix.Length == 0 ? name : $"{prefix}.{name}";
            yield return (path, member);
            var inner = member.Kind == FieldKind.List ? member.Element : member;
            foreach (var field in inner?.Fields(member.Kind == FieldKind.List ? path + "[]" : path) ?? [])
            {
                yield return field;
            }
        }
    }
}
