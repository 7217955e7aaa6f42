using System.Reflection;
using Oversight.Programmes;
using Wolverine.Http;

namespace Oversight.Tests.Common;

/// <summary>The one command style, held by the code's own shape: HTTP methods sit in endpoint classes, decisions return what they decide.</summary>
public sealed class CodeShapeTests
{
    static readonly Type[] types = typeof(Programme).Assembly.GetTypes().Where(type => type.Namespace?.StartsWith("Oversight") == true).ToArray();

    [Fact]
    public void Every_class_that_answers_HTTP_is_an_endpoint_class()
    {
        var misnamed = types
            .Where(type => type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Any(method => method.GetCustomAttributes<WolverineHttpMethodAttribute>().Any()))
            .Where(type => !type.Name.EndsWith("Endpoint", StringComparison.Ordinal) && !type.Name.EndsWith("Endpoints", StringComparison.Ordinal))
            .Select(type => type.FullName)
            .ToList();

        misnamed.ShouldBeEmpty();
    }

    [Fact]
    public void Every_decision_returns_what_it_decides_instead_of_changing_its_inputs()
    {
        var deciders = types.SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(method => method.Name == "Decide")
            .ToList();

        deciders.Count.ShouldBeGreaterThan(30);
        deciders.Where(method => method.ReturnType == typeof(void)).Select(method => $"{method.DeclaringType!.Name}.{method.Name}").ShouldBeEmpty();
    }
}
