using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Oversight.Common;

namespace Oversight.Web;

/// <summary>
/// Makes <c>/openapi/v1.json</c> a contract a client can be generated from: every value typed (the API's text converter and
/// enum converter otherwise leave strings and enums untyped), arrays with their items, enums with their values and Vietnamese
/// labels, sets of flags as arrays, members the server fills left out of bodies, multipart forms and files described, and every
/// error a Vietnamese ProblemDetails.
/// </summary>
public static class ApiDocument
{
    const string Problem = "ProblemDetails";

    public static void Describe(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Giám sát HĐND API";
            document.Info.Description = "API của phần mềm Giám sát HĐND: xác thực, lỗi, mã định danh, phân trang, tìm kiếm, ngày tháng và " +
                "giá trị liệt kê theo mục “API conventions” của README; lỗi được trả về dạng ProblemDetails tiếng Việt.";
            return Task.CompletedTask;
        });
        options.AddSchemaTransformer(TypeSchema);
        options.AddOperationTransformer(DescribeOperation);
    }

    static async Task TypeSchema(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellation)
    {
        var type = context.JsonTypeInfo.Type;
        var bare = Nullable.GetUnderlyingType(type) ?? type;
        var nullable = Nullable.GetUnderlyingType(type) is not null || context.JsonPropertyInfo is { IsGetNullable: true };
        if (bare.IsEnum && bare.IsDefined(typeof(FlagsAttribute), false))
        {
            var names = Enum.GetValues(bare).Cast<Enum>().Where(flag => Convert.ToInt64(flag) != 0).ToList();
            schema.Type = JsonSchemaType.Array | (nullable ? JsonSchemaType.Null : 0);
            schema.Enum = null;
            schema.Format = null;
            schema.Items = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. names.Select(name => (JsonNode)JsonValue.Create(name.ToString())!)] };
            schema.UniqueItems = true;
            schema.Description = "Một hoặc nhiều giá trị: " + Values(names) + ".";
        }
        else if (bare.IsEnum)
        {
            // One component serves every use of the enum, nullable or not: it lists the values only (an optional one may be left out).
            schema.Type = JsonSchemaType.String;
            schema.Enum = [.. (schema.Enum ?? []).Where(value => value is not null)];
            schema.Description ??= Values(Enum.GetValues(bare).Cast<Enum>()) + ".";
        }
        else if (bare == typeof(string) && Untyped(schema))
        {
            // Every JSON string of the API passes a converter of ours (ControlCharacters), which the schema exporter cannot see through.
            schema.Type = JsonSchemaType.String | (nullable ? JsonSchemaType.Null : 0);
        }
        else if (schema.Type is { } kind && kind.HasFlag(JsonSchemaType.Array) && schema.Items is null && Element(bare) is { } element)
        {
            schema.Items = await Of(element, context, cancellation);
        }
        else if (schema.Type is { } map && map.HasFlag(JsonSchemaType.Object) && schema.AdditionalProperties is null && schema.Properties is not { Count: > 0 }
                 && DictionaryValue(bare) is { } value)
        {
            schema.AdditionalProperties = await Of(value, context, cancellation);
        }

        if (schema.Type is { } number && (number.HasFlag(JsonSchemaType.Integer) || number.HasFlag(JsonSchemaType.Number)) && number.HasFlag(JsonSchemaType.String))
        {
            // The API reads "5" for 5 too, but a number is what to send: a client typed as "number or string" helps nobody.
            schema.Type = number & ~JsonSchemaType.String;
            schema.Pattern = null;
        }

        if (context.JsonTypeInfo.Kind == JsonTypeInfoKind.Object && schema.Properties is { } properties)
        {
            foreach (var property in context.JsonTypeInfo.Properties.Where(property => Has<SetByServerAttribute>(property)))
            {
                properties.Remove(property.Name);
                schema.Required?.Remove(property.Name);
            }
        }

        if (context.JsonPropertyInfo is { } member && Find<ExampleAttribute>(member) is { } example)
        {
            schema.Example = schema.Type is { } list && list.HasFlag(JsonSchemaType.Array) ? new JsonArray(JsonValue.Create(example.Value)) : JsonValue.Create(example.Value);
        }
    }

    static async Task DescribeOperation(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellation)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (operation.Description == operation.OperationId)
        {
            operation.Description = null;
        }

        if (metadata.OfType<IMultipartForm>().FirstOrDefault() is { } form)
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["multipart/form-data"] = new() { Schema = await context.GetOrCreateSchemaAsync(form.Fields, null, cancellation) },
                },
            };
        }
        else if (operation.RequestBody?.Content is { } content && content.ContainsKey("multipart/form-data"))
        {
            // A form the framework describes carries a file here, which only multipart sends.
            content.Remove("application/x-www-form-urlencoded");
        }

        operation.Responses ??= [];
        if (metadata.OfType<ProducesFileAttribute>().FirstOrDefault() is { } file)
        {
            operation.Responses["200"] = new OpenApiResponse
            {
                Description = "Tệp",
                Content = file.MediaTypes.ToDictionary(media => media, media => new OpenApiMediaType
                {
                    Schema = media == "application/json"
                        ? new OpenApiSchema { Type = JsonSchemaType.Object, Description = "Dữ liệu mẫu văn bản đọc, tên trường dạng snake_case (?data=json)." }
                        : new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                }),
            };
        }

        if (context.Document is not { } document || !(context.Description.RelativePath ?? "").StartsWith("api/", StringComparison.Ordinal))
        {
            return;
        }

        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        if (!document.Components.Schemas.ContainsKey(Problem))
        {
            document.AddComponent(Problem, await context.GetOrCreateSchemaAsync(typeof(HttpValidationProblemDetails), null, cancellation));
        }

        var problem = new OpenApiMediaType { Schema = new OpenApiSchemaReference(Problem, document) };
        if (!context.Description.RelativePath!.Contains('{'))
        {
            // Wolverine expects any endpoint answering a record may find none; a route that names no record never answers 404.
            operation.Responses.Remove("404");
        }

        foreach (var (status, response) in operation.Responses.Where(pair => pair.Key.Length == 3 && pair.Key[0] is '4' or '5').ToList())
        {
            operation.Responses[status] = new OpenApiResponse
            {
                Description = StatusTexts.TitleFor(int.Parse(status, System.Globalization.CultureInfo.InvariantCulture)),
                Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = problem },
            };
        }

        operation.Responses["default"] = new OpenApiResponse
        {
            Description = "Lỗi, dạng ProblemDetails tiếng Việt: 400 dữ liệu sai (errors: lỗi theo từng trường), 401 chưa đăng nhập, 403 không có quyền, " +
                "404 không tìm thấy, 409 trạng thái không cho phép, 412 đã có người sửa trước, 413 quá lớn, 415 sai định dạng, 503 tạm thời không phục vụ.",
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = problem },
        };
    }

    static string Values(IEnumerable<Enum> values) =>
        string.Join("; ", values.Select(value => Labels.Has(value) ? $"{value} = {Labels.Of(value)}" : value.ToString()));

    static bool Untyped(OpenApiSchema schema) =>
        schema.Type is null && schema.OneOf is not { Count: > 0 } && schema.AnyOf is not { Count: > 0 } && schema.AllOf is not { Count: > 0 };

    static async Task<IOpenApiSchema> Of(Type type, OpenApiSchemaTransformerContext context, CancellationToken cancellation) =>
        type == typeof(string)
            ? new OpenApiSchema { Type = JsonSchemaType.String }
            : await context.GetOrCreateSchemaAsync(type, null, cancellation);

    static Type? Element(Type type) =>
        type.IsArray ? type.GetElementType()
        : Generic(type, typeof(IEnumerable<>)) is [var element] ? element
        : null;

    static Type? DictionaryValue(Type type) =>
        Generic(type, typeof(IReadOnlyDictionary<,>)) is [_, var value] ? value
        : Generic(type, typeof(IDictionary<,>)) is [_, var mutable] ? mutable
        : null;

    static Type[]? Generic(Type type, Type definition) =>
        (type.IsGenericType && type.GetGenericTypeDefinition() == definition ? type : type.GetInterfaces()
            .FirstOrDefault(face => face.IsGenericType && face.GetGenericTypeDefinition() == definition))?.GetGenericArguments();

    static bool Has<T>(JsonPropertyInfo property) where T : Attribute => Find<T>(property) is not null;

    /// <summary>The attribute on the property, or on the constructor parameter of a positional record that sets it.</summary>
    static T? Find<T>(JsonPropertyInfo property) where T : Attribute =>
        (property.AttributeProvider as MemberInfo)?.GetCustomAttribute<T>()
        ?? (property.AssociatedParameter?.AttributeProvider as ParameterInfo)?.GetCustomAttribute<T>();
}
