using System.Linq.Expressions;

namespace ComplianceEngine.Engine.CustomRules.Internal;

/// <summary>
/// What a custom rule's condition may not do, checked on the parsed tree before it is ever run: nest lambdas over
/// collections (NRules cannot compile them into a pattern), read the clock (results would depend on when the scan runs
/// rather than on the snapshot), or build strings and collections of a size it chooses (PadLeft(1000000000)).
/// </summary>
internal sealed class ExpressionGuard : ExpressionVisitor
{
    public const int MaxLength = 1000;
    public const int MaxNesting = 32;
    public const int MaxBuiltSize = 1000;

    private static readonly string[] ClockMembers = ["Now", "UtcNow", "Today"];
    private static readonly string[] SizedMethods = ["PadLeft", "PadRight"];
    private static readonly string[] UnboundedMethods = ["Repeat", "Range", "NewGuid"];

    private LambdaExpression? _root;

    public string? Problem { get; private set; }

    /// <summary>Checked on the text, before the parser recurses into it: length and nesting of brackets.</summary>
    public static string? CheckText(string text)
    {
        if (text.Length > MaxLength)
            return $"the expression is {text.Length} characters long; at most {MaxLength} are allowed";
        var depth = 0;
        foreach (var c in text)
        {
            depth += c is '(' or '[' or '{' ? 1 : c is ')' or ']' or '}' ? -1 : 0;
            if (depth > MaxNesting)
                return $"brackets are nested more than {MaxNesting} deep";
        }
        return null;
    }

    public static string? Check(LambdaExpression lambda)
    {
        var guard = new ExpressionGuard { _root = lambda };
        guard.Visit(lambda);
        return guard.Problem;
    }

    protected override Expression VisitLambda<T>(Expression<T> node)
    {
        if (!ReferenceEquals(node, _root))
            Problem ??= "a lambda or a query over a collection (such as Roles.Any(r => …)) is not supported in a custom rule; " +
                        "use a property of the fact (e.g. a count) or write the rule in code";
        return base.VisitLambda(node);
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        if (node.Expression is null && node.Member.DeclaringType is { } type
            && (type == typeof(DateTime) || type == typeof(DateTimeOffset)) && ClockMembers.Contains(node.Member.Name))
            Problem ??= $"{type.Name}.{node.Member.Name} reads the clock; a rule's result must depend only on the snapshot " +
                        "(compare with a date literal, or ask for a built-in rule measured from the snapshot's collection time)";
        return base.VisitMember(node);
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (UnboundedMethods.Contains(node.Method.Name))
            Problem ??= $"{node.Method.DeclaringType?.Name}.{node.Method.Name} is not allowed in a custom rule";
        else if (SizedMethods.Contains(node.Method.Name) && !IsSmallConstant(node.Arguments.FirstOrDefault()))
            Problem ??= $"{node.Method.Name} takes a constant width of at most {MaxBuiltSize} in a custom rule";
        return base.VisitMethodCall(node);
    }

    protected override Expression VisitNew(NewExpression node)
    {
        if (node.Type == typeof(string) && node.Arguments.Any(a => a.Type == typeof(int) && !IsSmallConstant(a)))
            Problem ??= $"new string(…, count) takes a constant count of at most {MaxBuiltSize} in a custom rule";
        return base.VisitNew(node);
    }

    protected override Expression VisitNewArray(NewArrayExpression node)
    {
        if (node.NodeType == ExpressionType.NewArrayBounds)
            Problem ??= "creating arrays is not allowed in a custom rule";
        return base.VisitNewArray(node);
    }

    private static bool IsSmallConstant(Expression? argument) =>
        argument is ConstantExpression { Value: int n } && n is >= 0 and <= MaxBuiltSize;
}
