namespace ComplianceEngine.Engine.Rules;

public static class Categories
{
    public const string Authentication = "Authentication";
    public const string AccessControl = "AccessControl";
    public const string DataLocation = "DataLocation";

    public static readonly IReadOnlyList<string> All = [Authentication, AccessControl, DataLocation];
}
