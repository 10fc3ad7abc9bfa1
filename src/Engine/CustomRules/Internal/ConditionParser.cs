using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;

namespace ComplianceEngine.Engine.CustomRules.Internal;

/// <summary>
/// Parses a condition such as <c>AccountEnabled == true &amp;&amp; AssignedLicenseCount == 0</c> into a lambda over a fact
/// type. The parser resolves identifiers against the fact's public properties and calls only methods of its
/// predefined types: it cannot reach the file system, reflection or any other code.
/// </summary>
internal static class ConditionParser
{
    private static readonly ParsingConfig Config = new()
    {
        AllowNewToEvaluateAnyType = false,
        AreContextKeywordsEnabled = true,
        DisableMemberAccessToIndexAccessorFallback = true,
    };

    /// <returns>The lambda with its single parameter named <paramref name="parameterName"/>, or the error and its position.</returns>
    public static (LambdaExpression? Lambda, string? Error, int Position) Parse(Type factType, string text, string parameterName)
    {
        if (ExpressionGuard.CheckText(text) is { } tooBig)
            return (null, tooBig, 0);
        try
        {
            var parsed = DynamicExpressionParser.ParseLambda(Config, factType, typeof(bool), text);
            if (ExpressionGuard.Check(parsed) is { } refused)
                return (null, refused, 0);
            var parameter = Expression.Parameter(factType, parameterName);
            var body = new ParameterReplacer(parsed.Parameters[0], parameter).Visit(parsed.Body);
            return (Expression.Lambda(body, parameter), null, 0);
        }
        catch (ParseException e)
        {
            return (null, e.Message, e.Position);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NotSupportedException or InsufficientExecutionStackException
                                       or OverflowException or FormatException or InvalidCastException)
        {
            return (null, e.Message, 0);
        }
    }

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
