using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Oversight.Documents;

/// <summary>
/// Reads a parsed template without running it and checks every name it reads against the data the
/// template receives, at any depth and in every branch (a misspelt field in an <c>if</c> not taken with
/// the sample would otherwise print a blank in some document months later). A name that does not exist
/// is reported with the closest one that does: “có phải là “programme.title”?”.
/// </summary>
internal sealed class MemberChecker
{
    const int MaxProblems = 10;

    static readonly HashSet<string> loopMembers = ["index", "index0", "first", "last", "even", "odd", "length", "rindex", "rindex0", "changed", "col", "col0", "col_first", "col_last"];

    enum Kind
    {
        Data,
        Function,
        Namespace,
        Loop,
        Unknown,
    }

    /// <summary>What an expression stands for while checking: data of a shape, a function, a namespace of functions, a loop's state.</summary>
    sealed record Symbol(Kind Kind, DataShape? Shape = null, ScriptObject? Functions = null, string? Name = null)
    {
        public static readonly Symbol Unknown = new(Kind.Unknown);

        public static Symbol Of(DataShape shape) => shape.Kind == FieldKind.Unknown ? Unknown : new(Kind.Data, shape);
    }

    readonly DataShape data;
    readonly ScriptObject builtins;
    readonly PartCompiler.Compiled compiled;
    readonly List<TemplateException> problems;
    readonly HashSet<string> assigned = [];
    readonly List<Dictionary<string, Symbol>> scopes = [];
    bool lenient;
    int loops;

    MemberChecker(DataShape data, ScriptObject builtins, PartCompiler.Compiled compiled, List<TemplateException> problems)
    {
        this.data = data;
        this.builtins = builtins;
        this.compiled = compiled;
        this.problems = problems;
    }

    /// <summary>Adds the problems of one part to <paramref name="problems"/> (at most ten in all).</summary>
    public static void Check(Template template, PartCompiler.Compiled compiled, DataShape data, ScriptObject builtins, List<TemplateException> problems)
    {
        var checker = new MemberChecker(data, builtins, compiled, problems);
        checker.CollectAssignments(template.Page);
        checker.Visit(template.Page);
    }

    /// <summary>Variables a template sets itself (<c>x = …</c>, <c>capture x</c>, <c>func x</c>) exist wherever they are read.</summary>
    void CollectAssignments(ScriptNode? node)
    {
        if (node is null)
        {
            return;
        }

        switch (node)
        {
            case ScriptAssignExpression { Target: ScriptVariable variable }:
                assigned.Add(variable.Name);
                break;
            case ScriptCaptureStatement { Target: ScriptVariable variable }:
                assigned.Add(variable.Name);
                break;
            case ScriptFunction { NameOrDoToken: ScriptVariable variable }:
                assigned.Add(variable.Name);
                break;
            case ScriptImportStatement:
                // Imported members cannot be known before the template runs.
                lenient = true;
                break;
        }

        foreach (var child in node.Children)
        {
            CollectAssignments(child);
        }
    }

    void Report(ScriptNode node, string problem)
    {
        if (problems.Count < MaxProblems && problems.All(known => known.Problem != problem))
        {
            problems.Add(compiled.ProblemAt(node.Span.Start.Offset, problem, translated: true));
        }
    }

    void Visit(ScriptNode? node)
    {
        if (node is null)
        {
            return;
        }

        switch (node)
        {
            case ScriptExpression expression:
                Evaluate(expression);
                break;
            case ScriptForStatement loop:
                var items = Evaluate(loop.Iterator);
                foreach (var argument in loop.NamedArguments ?? [])
                {
                    Evaluate(argument.Value);
                }

                var scope = new Dictionary<string, Symbol>();
                if (loop.Variable is ScriptVariable variable)
                {
                    scope[variable.Name] = ItemOf(items);
                }

                InScope(scope, () =>
                {
                    loops++;
                    Visit(loop.Body);
                    loops--;
                });
                Visit(loop.Else);
                break;
            case ScriptWithStatement with:
                var target = Evaluate(with.Name);
                var members = target is { Kind: Kind.Data, Shape.Kind: FieldKind.Group }
                    ? target.Shape.Members.ToDictionary(member => member.Key, member => Symbol.Of(member.Value))
                    : [];
                var wasLenient = lenient;
                lenient |= target.Kind != Kind.Data;
                InScope(members, () => Visit(with.Body));
                lenient = wasLenient;
                break;
            case ScriptFunction function:
                // Parameters and $0…$n are the function's own: its body is read leniently.
                var before = lenient;
                lenient = true;
                Visit(function.Body);
                lenient = before;
                break;
            case ScriptCaptureStatement capture:
                Visit(capture.Body);
                break;
            case ScriptWhileStatement loop:
                Evaluate(loop.Condition);
                loops++;
                Visit(loop.Body);
                loops--;
                break;
            default:
                foreach (var child in node.Children)
                {
                    Visit(child);
                }

                break;
        }
    }

    void InScope(Dictionary<string, Symbol> scope, Action action)
    {
        scopes.Add(scope);
        try
        {
            action();
        }
        finally
        {
            scopes.RemoveAt(scopes.Count - 1);
        }
    }

    static Symbol ItemOf(Symbol items) =>
        items is { Kind: Kind.Data, Shape: { Kind: FieldKind.List, Element: { } element } } ? Symbol.Of(element)
        : items is { Kind: Kind.Data, Shape.Kind: FieldKind.Text } ? Symbol.Of(DataShape.OfType(typeof(string)))
        : Symbol.Unknown;

    Symbol Evaluate(ScriptExpression? expression)
    {
        switch (expression)
        {
            case null:
                return Symbol.Unknown;
            case ScriptVariableLocal:
                return Symbol.Unknown;
            case ScriptVariable variable:
                return Resolve(variable);
            case ScriptMemberExpression member:
                return Member(member);
            case ScriptIndexerExpression indexer:
                var list = Evaluate(indexer.Target);
                var index = Evaluate(indexer.Index);
                _ = index;
                return list is { Kind: Kind.Data, Shape.Kind: FieldKind.List } ? ItemOf(list)
                    : list is { Kind: Kind.Data, Shape.Kind: FieldKind.Group } && indexer.Index is ScriptLiteral { Value: string key }
                        ? MemberOf(list, key, indexer, Path(indexer.Target))
                        : Symbol.Unknown;
            case ScriptFunctionCall call:
                var function = Evaluate(call.Target);
                foreach (var argument in call.Arguments)
                {
                    Evaluate(argument);
                }

                if (function.Kind == Kind.Data && call.Arguments.Count > 0)
                {
                    var name = Path(call.Target);
                    var helper = builtins.TryGetValue("vn", out var vn) && vn is ScriptObject helpers && helpers.ContainsKey(name) ? name : null;
                    Report(call, helper is null
                        ? $"“{name}” là một trường dữ liệu, không phải hàm, nên không đặt giá trị sau nó được"
                        : $"“{name}” ở đây là một trường dữ liệu nên che mất hàm cùng tên; để dùng hàm hãy viết “vn.{name} …”, ví dụ “{{{{ vn.{name} … }}}}”");
                }

                return ResultOf(function);
            case ScriptPipeCall pipe:
                Evaluate(pipe.From);
                return ResultOf(Evaluate(pipe.To));
            case ScriptBinaryExpression binary:
                Evaluate(binary.Left);
                Evaluate(binary.Right);
                return binary.Operator is ScriptBinaryOperator.RangeInclude or ScriptBinaryOperator.RangeExclude
                    ? Symbol.Of(DataShape.OfType(typeof(int[])))
                    : Symbol.Unknown;
            case ScriptNestedExpression nested:
                return Evaluate(nested.Expression);
            case ScriptAssignExpression assign:
                if (assign.Target is not ScriptVariable)
                {
                    Evaluate(assign.Target);
                }

                Evaluate(assign.Value);
                return Symbol.Unknown;
            case ScriptNamedArgument argument:
                Evaluate(argument.Value);
                return Symbol.Unknown;
            case ScriptObjectInitializerExpression initializer:
                foreach (var member in initializer.Members)
                {
                    Evaluate(member.Value);
                }

                return Symbol.Unknown;
            case ScriptAnonymousFunction anonymous:
                var before = lenient;
                lenient = true;
                Visit(anonymous.Function?.Body);
                lenient = before;
                return Symbol.Unknown;
            default:
                foreach (var child in expression.Children)
                {
                    Visit(child);
                }

                return Symbol.Unknown;
        }
    }

    /// <summary>What calling a function gives: the helpers' results are known (lines gives a list of texts).</summary>
    static Symbol ResultOf(Symbol function) =>
        function is { Kind: Kind.Function, Name: "lines" } ? Symbol.Of(DataShape.OfType(typeof(string[])))
        : function is { Kind: Kind.Function, Name: "upper" or "lower_first" or "date_nd30" or "date_long" or "date_short" or "time_long" or "number" or "roman" } ? Symbol.Of(DataShape.OfType(typeof(string)))
        : Symbol.Unknown;

    Symbol Resolve(ScriptVariable variable)
    {
        var name = variable.Name;
        for (var index = scopes.Count - 1; index >= 0; index--)
        {
            if (scopes[index].TryGetValue(name, out var local))
            {
                return local;
            }
        }

        if (name == PartCompiler.ValueFunction)
        {
            return new Symbol(Kind.Function, Name: name);
        }

        if (name is "for" or "while" or "tablerow")
        {
            return loops > 0 ? new Symbol(Kind.Loop) : Symbol.Unknown;
        }

        if (assigned.Contains(name))
        {
            return Symbol.Unknown;
        }

        if (data.Kind == FieldKind.Unknown)
        {
            return Symbol.Unknown;
        }

        if (data.Members.TryGetValue(name, out var shape))
        {
            return Symbol.Of(shape);
        }

        if (builtins.TryGetValue(name, out var builtin))
        {
            return builtin switch
            {
                ScriptObject functions when builtin is not IScriptCustomFunction => new Symbol(Kind.Namespace, Functions: functions, Name: name),
                IScriptCustomFunction => new Symbol(Kind.Function, Name: name),
                _ => Symbol.Unknown,
            };
        }

        if (WordTemplate.Removed.TryGetValue(name, out var reason))
        {
            Report(variable, $"hàm “{name}” không dùng được trong mẫu văn bản ({reason})");
            return Symbol.Unknown;
        }

        if (!lenient)
        {
            var candidates = data.Members.Keys.Concat(scopes.SelectMany(scope => scope.Keys)).Concat(assigned)
                .Concat(builtins.Keys.Where(key => builtins[key] is IScriptCustomFunction && !key.EndsWith("__", StringComparison.Ordinal)));
            Report(variable, Unknown(name, Names.Closest(name, candidates)));
        }

        return Symbol.Unknown;
    }

    static string Unknown(string path, string? closest) =>
        closest is null
            ? $"không có trường “{path}” trong dữ liệu mẫu này nhận (xem danh sách trường của mẫu trên trang Mẫu văn bản)"
            : $"không có trường “{path}” trong dữ liệu mẫu này nhận; có phải là “{closest}”?";

    Symbol Member(ScriptMemberExpression member)
    {
        var target = Evaluate(member.Target);
        var name = member.Member?.Name;
        return name is null ? Symbol.Unknown : MemberOf(target, name, member, Path(member.Target));
    }

    Symbol MemberOf(Symbol target, string name, ScriptNode node, string path)
    {
        switch (target.Kind)
        {
            case Kind.Loop:
                if (!loopMembers.Contains(name))
                {
                    Report(node, $"“{path}.{name}” không có; trong vòng lặp dùng được “{path}.index” (đếm từ 0), “{path}.first”, “{path}.last”, “{path}.length”");
                }

                return Symbol.Unknown;
            case Kind.Namespace:
                var functions = target.Functions!;
                if (WordTemplate.Removed.TryGetValue(name, out var reason))
                {
                    Report(node, $"hàm “{path}.{name}” không dùng được trong mẫu văn bản ({reason})");
                    return Symbol.Unknown;
                }

                if (functions.TryGetValue(name, out var function))
                {
                    return function is IScriptCustomFunction ? new Symbol(Kind.Function, Name: name) : Symbol.Unknown;
                }

                Report(node, Names.Closest(name, functions.Keys) is { } likely
                    ? $"không có hàm “{path}.{name}”; có phải là “{path}.{likely}”?"
                    : $"không có hàm “{path}.{name}” dùng được trong mẫu văn bản");
                return Symbol.Unknown;
            case Kind.Data:
                var shape = target.Shape!;
                switch (shape.Kind)
                {
                    case FieldKind.Group when shape.Members.TryGetValue(name, out var inner):
                        return Symbol.Of(inner);
                    case FieldKind.Group:
                        Report(node, Unknown($"{path}.{name}", Names.Closest(name, shape.Members.Keys) is { } closest ? $"{path}.{closest}" : null));
                        return Symbol.Unknown;
                    case FieldKind.List or FieldKind.Text when name == "size":
                        return Symbol.Of(DataShape.OfType(typeof(int)));
                    case FieldKind.List:
                        Report(node, shape.Element is { Kind: FieldKind.Group } element && element.Members.ContainsKey(name)
                            ? $"“{path}” là một danh sách: mỗi mục của nó mới có “{name}”; hãy đọc từng mục trong vòng lặp, ví dụ “{{{{ for muc in {path} }}}}” … “{{{{ muc.{name} }}}}” … “{{{{ end }}}}”"
                            : $"“{path}” là một danh sách, không có “{name}” (chỉ có “{path}.size”, số mục); hãy đọc từng mục trong “{{{{ for muc in {path} }}}}” … “{{{{ end }}}}”");
                        return Symbol.Unknown;
                    default:
                        Report(node, $"“{path}” là {FieldGuide.KindName(shape.Kind)}, không có trường con “{name}”");
                        return Symbol.Unknown;
                }

            default:
                return Symbol.Unknown;
        }
    }

    /// <summary>An expression as the clerk wrote it (for messages): "programme.title", "group.items".</summary>
    static string Path(ScriptNode? node) => node switch
    {
        ScriptVariable variable => variable.Name,
        ScriptMemberExpression member => $"{Path(member.Target)}.{member.Member?.Name}",
        ScriptIndexerExpression indexer => $"{Path(indexer.Target)}[…]",
        ScriptNestedExpression nested => $"({Path(nested.Expression)})",
        _ => node?.ToString() ?? "",
    };
}
