using ComplianceEngine.Engine.Rules;

namespace ComplianceEngine.Rules.Internal;

/// <summary>The controls the built-in rules evidence, with the titles the standards and the organisation use.</summary>
internal static class Controls
{
    public static readonly ControlReference AccessControl = new(ControlReference.Iso27001, "A.5.15", "Access control");
    public static readonly ControlReference IdentityManagement = new(ControlReference.Iso27001, "A.5.16", "Identity management");
    public static readonly ControlReference AuthenticationInformation = new(ControlReference.Iso27001, "A.5.17", "Authentication information");
    public static readonly ControlReference AccessRights = new(ControlReference.Iso27001, "A.5.18", "Access rights");
    public static readonly ControlReference CloudServices = new(ControlReference.Iso27001, "A.5.23", "Information security for use of cloud services");
    public static readonly ControlReference PrivilegedAccess = new(ControlReference.Iso27001, "A.8.2", "Privileged access rights");
    public static readonly ControlReference Monitoring = new(ControlReference.Iso27001, "A.8.16", "Monitoring activities");
    public static readonly ControlReference InformationAccessRestriction = new(ControlReference.Iso27001, "A.8.3", "Information access restriction");
    public static readonly ControlReference SecureAuthentication = new(ControlReference.Iso27001, "A.8.5", "Secure authentication");

    public static readonly ControlReference CloudPrivilegedAccess = new(ControlReference.Iso27017, "9.2.3", "Management of privileged access rights (cloud guidance)");
    public static readonly ControlReference CloudDataLocation = new(ControlReference.Iso27017, "18.1.1", "Identification of applicable legislation: locations where customer data may be stored");

    // The organisation's ISMS-A-04: the cloud service security policy's §5 (二段階認証, MFA on top of passwords)
    // and the guidance under 5.1 / 5.5 on the countries where customer data may be stored.
    public static readonly ControlReference OrgMfa = new(ControlReference.Organisation, "5.1 クラウドサービス情報セキュリティ方針 §5", "アクセス制御手順: 通常のパスワード認証に加え二段階認証を設定する");
    public static readonly ControlReference OrgAuthentication = new(ControlReference.Organisation, "8.5", "セキュリティを保った認証");
    public static readonly ControlReference OrgAccess = new(ControlReference.Organisation, "8.2", "特権的アクセス権");
    public static readonly ControlReference OrgDataLocation = new(ControlReference.Organisation, "5.5", "カスタマデータを保存する可能性のある国を通知する");

    public static readonly ControlReference OrgAuthenticationInformation = new(ControlReference.Organisation, "5.17", "認証情報");
    public static readonly ControlReference OrgAccessRights = new(ControlReference.Organisation, "5.18", "アクセス権");
    public static readonly ControlReference OrgCloudServices = new(ControlReference.Organisation, "5.23", "クラウドサービス利用における情報セキュリティ");
    public static readonly ControlReference OrgIdentityManagement = new(ControlReference.Organisation, "5.16", "識別情報の管理");
    public static readonly ControlReference OrgAccessControl = new(ControlReference.Organisation, "5.15", "アクセス制御");
    public static readonly ControlReference OrgMonitoring = new(ControlReference.Organisation, "8.16", "監視活動");
    public static readonly ControlReference OrgInformationAccessRestriction = new(ControlReference.Organisation, "8.3", "情報へのアクセス制限");
}
