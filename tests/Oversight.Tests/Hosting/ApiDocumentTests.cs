using System.Text.Json.Nodes;
using Alba;
using Oversight.Tests.Support;

namespace Oversight.Tests.Hosting;

/// <summary>
/// The OpenAPI document is a contract a client can be generated from: every schema typed, every array with its items, every enum
/// with its values, every answer with one success status and a typed body unless 204, every example in Vietnamese, and no request
/// body asking for an id the server makes or takes from the route.
/// </summary>
public sealed class ApiDocumentTests(AppFixture fixture) : IntegrationContext(fixture)
{
    /// <summary>The id a creating route makes, by the last word of its path; a new kind of creation is added here.</summary>
    static readonly Dictionary<string, string?> created = new()
    {
        ["programmes"] = "programmeId",
        ["re-oversight"] = "programmeId",
        ["activities"] = "activityId",
        ["findings"] = "findingId",
        ["recommendations"] = "recommendationId",
        ["issued-documents"] = "documentId",
        ["replacement"] = "documentId",
        ["accounts"] = "accountId",
        ["agencies"] = "agencyId",
        ["committees"] = "committeeId",
        ["people"] = "personId",
        ["comments"] = "commentId",
        ["hearings"] = "hearingId",
        ["commitments"] = "commitmentId",
        ["questioning"] = "questioningId",
        ["questions"] = "questionId",
        // A council's id is the short name its administrator chooses (ha-nam), not one the server makes.
        ["councils"] = null,
    };

    [Fact]
    public async Task Every_schema_is_typed_every_array_has_items_and_every_enum_its_values()
    {
        var document = await Document();
        var schemas = document["components"]!["schemas"]!.AsObject();
        var wrong = new List<string>();
        foreach (var (name, schema) in schemas)
        {
            Check(schema!, name, wrong);
        }

        foreach (var (path, operations) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in operations!.AsObject())
            {
                var where = $"{method.ToUpperInvariant()} {path}";
                foreach (var parameter in operation!["parameters"]?.AsArray() ?? [])
                {
                    Check(parameter!["schema"]!, $"{where} ?{parameter["name"]}", wrong);
                }

                foreach (var (type, content) in operation["requestBody"]?["content"]?.AsObject() ?? [])
                {
                    Check(content!["schema"]!, $"{where} body {type}", wrong);
                }

                foreach (var (status, response) in operation["responses"]!.AsObject())
                {
                    foreach (var (type, content) in response!["content"]?.AsObject() ?? [])
                    {
                        if (content!["schema"] is not { } schema)
                        {
                            wrong.Add($"{where} {status} {type}: no schema");
                            continue;
                        }

                        Check(schema, $"{where} {status} {type}", wrong);
                        if (schema.ToJsonString().Contains("/IResult\""))
                        {
                            wrong.Add($"{where} {status}: a bare result, not a type");
                        }
                    }
                }
            }
        }

        // Each of the app's enums that the document names lists exactly its values (a set of flags: as the items of an array).
        foreach (var type in typeof(Program).Assembly.GetTypes().Where(type => type.IsEnum && schemas.ContainsKey(type.Name)))
        {
            var schema = schemas[type.Name]!;
            var listed = (schema["enum"] ?? schema["items"]?["enum"])?.AsArray().Select(value => value!.GetValue<string>()).ToList() ?? [];
            var values = Enum.GetNames(type).Where(value => !type.IsDefined(typeof(FlagsAttribute), false) || Convert.ToInt64(Enum.Parse(type, value)) != 0);
            if (!listed.Order().SequenceEqual(values.Order()))
            {
                wrong.Add($"enum {type.Name}: lists [{string.Join(", ", listed)}]");
            }
        }

        wrong.ShouldBeEmpty();
        schemas.Count.ShouldBeGreaterThan(80);
    }

    [Fact]
    public async Task No_request_body_asks_for_an_id_the_server_makes_or_the_route_gives()
    {
        var document = await Document();
        var wrong = new List<string>();
        var creations = 0;
        foreach (var (path, operations) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in operations!.AsObject())
            {
                var forbidden = System.Text.RegularExpressions.Regex.Matches(path, @"\{(\w+)\}")
                    .Select(match => match.Groups[1].Value)
                    .Select(name => name == "id" ? "programmeId" : name)
                    .ToList();
                if (operation!["responses"]!["201"] is not null)
                {
                    creations++;
                    var last = path.Split('/').Last(segment => !segment.StartsWith('{'));
                    created.ShouldContainKey(last, $"{path} creates something: say which id it makes");
                    if (created[last] is { } made)
                    {
                        forbidden.Add(made);
                    }
                }

                foreach (var (_, content) in operation["requestBody"]?["content"]?.AsObject() ?? [])
                {
                    var body = Resolve(document, content!["schema"]!);
                    foreach (var name in forbidden.Where(name => body["properties"]?[name] is not null))
                    {
                        wrong.Add($"{method.ToUpperInvariant()} {path}: the body asks for {name}");
                    }
                }
            }
        }

        wrong.ShouldBeEmpty();
        creations.ShouldBeGreaterThanOrEqualTo(9);
    }

    [Fact]
    public async Task Every_answer_has_a_type_and_every_example_is_Vietnamese()
    {
        var document = await Document();
        var wrong = new List<string>();
        foreach (var (path, operations) in document["paths"]!.AsObject().Where(pair => pair.Key.StartsWith("/api/", StringComparison.Ordinal)))
        {
            foreach (var (method, operation) in operations!.AsObject())
            {
                var where = $"{method.ToUpperInvariant()} {path}";
                var successes = operation!["responses"]!.AsObject().Where(pair => pair.Key.StartsWith('2')).ToList();
                if (successes.Count != 1)
                {
                    wrong.Add($"{where}: {successes.Count} success answers");
                }

                foreach (var (status, response) in successes)
                {
                    var content = response!["content"]?.AsObject();
                    if (status == "204" ? content is { Count: > 0 } : content is not { Count: > 0 })
                    {
                        wrong.Add($"{where}: {status} {(status == "204" ? "with" : "without")} a body");
                    }
                }

                if (method == "get" && successes is not [("200", _)])
                {
                    wrong.Add($"{where}: a read that does not answer 200");
                }
            }
        }

        var examples = new List<string>();
        Examples(document, examples);
        foreach (var example in examples.Where(example => !example.Any(letter => letter > 127 && char.IsLetter(letter))))
        {
            wrong.Add($"an example not in Vietnamese: {example}");
        }

        wrong.ShouldBeEmpty();
        examples.Count.ShouldBeGreaterThanOrEqualTo(12);
    }

    [Fact]
    public async Task Multipart_forms_and_files_are_described()
    {
        var document = await Document();
        var progress = document["paths"]!["/api/recommendations/{recommendationId}/progress"]!["post"]!;
        var form = Resolve(document, progress["requestBody"]!["content"]!["multipart/form-data"]!["schema"]!);
        form["properties"]!.AsObject().Select(pair => pair.Key).ShouldBe(["text", "figures", "on", "dateReason", "files"], ignoreOrder: true);
        var files = form["properties"]!["files"]!;
        Resolve(document, files["items"]!)["format"]!.GetValue<string>().ShouldBe("binary");

        document["paths"]!["/api/templates/{template}"]!["post"]!["requestBody"]!["content"]!.AsObject().Select(pair => pair.Key).ShouldBe(["multipart/form-data"]);
        var issued = document["paths"]!["/api/issued-documents/{documentId}"]!["get"]!["responses"]!["200"]!["content"]!;
        issued["application/vnd.openxmlformats-officedocument.wordprocessingml.document"]!["schema"]!["format"]!.GetValue<string>().ShouldBe("binary");
        var signIn = document["paths"]!["/api/account/sign-in"]!["post"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!;
        signIn["$ref"]!.GetValue<string>().ShouldEndWith("/Me");
        var plan = Resolve(document, document["components"]!["schemas"]!["SavePlan"]!["properties"]!["methods"]!);
        plan["type"]!.GetValue<string>().ShouldBe("array");
    }

    async Task<JsonNode> Document() => JsonNode.Parse(await Host.GetAsText("/openapi/v1.json"))!;

    static JsonNode Resolve(JsonNode document, JsonNode schema) =>
        schema["$ref"]?.GetValue<string>() is { } reference ? document["components"]!["schemas"]![reference.Split('/').Last()]! : schema;

    static void Examples(JsonNode? node, List<string> found)
    {
        if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                Examples(item, found);
            }
        }
        else if (node is JsonObject members)
        {
            foreach (var (name, value) in members)
            {
                if (name == "example")
                {
                    found.AddRange(value is JsonArray items ? items.Select(item => item!.ToString()) : [value!.ToString()]);
                }
                else
                {
                    Examples(value, found);
                }
            }
        }
    }

    static void Check(JsonNode schema, string where, List<string> wrong)
    {
        if (schema is not JsonObject node)
        {
            return;
        }

        if (!new[] { "type", "$ref", "oneOf", "allOf", "anyOf" }.Any(node.ContainsKey))
        {
            wrong.Add($"{where}: no type");
        }

        var types = node["type"] is JsonArray many ? many.Select(type => type!.GetValue<string>()).ToList()
            : node["type"] is { } one ? [one.GetValue<string>()]
            : [];
        if (types.Contains("array") && node["items"] is null)
        {
            wrong.Add($"{where}: an array without items");
        }

        if (node["enum"] is JsonArray { Count: 0 })
        {
            wrong.Add($"{where}: an enum without values");
        }

        if (node["items"] is { } items)
        {
            Check(items, $"{where}[]", wrong);
        }

        if (node["additionalProperties"] is JsonObject values)
        {
            Check(values, $"{where}{{}}", wrong);
        }

        foreach (var (name, property) in node["properties"]?.AsObject() ?? [])
        {
            Check(property!, $"{where}.{name}", wrong);
        }

        foreach (var key in new[] { "oneOf", "allOf", "anyOf" })
        {
            foreach (var part in node[key]?.AsArray() ?? [])
            {
                Check(part!, $"{where}|{key}", wrong);
            }
        }
    }
}
