namespace ComplianceEngine.Reports.Internal.Localisation;

/// <summary>Japanese titles, descriptions and failure messages of the built-in rules, keyed by rule id. Placeholders
/// are the same as in the descriptor's English message format.</summary>
internal static class JapaneseRuleTexts
{
    public sealed record Entry(string? Title, string? Description, string? MessageFormat);

    public static readonly IReadOnlyDictionary<string, Entry> ById = new Dictionary<string, Entry>(StringComparer.Ordinal)
    {
        ["ENT-MFA-01"] = new("MFA 未登録の有効なメンバーユーザー",
            "有効なメンバーアカウントはすべて、パスワードに加えて第二の認証要素を持たなければならない（ISMS-A-04: 二段階認証）。猶予期間内に作成されたアカウント、緊急用（ブレークグラス）アカウント及びサービスアカウントは対象外。",
            "{resource} は MFA 認証方法が登録されていない有効なメンバーアカウントです（作成日 {createdDateTime}）。"),
        ["ENT-MFA-08"] = new("MFA 未登録の特権ロール保持者",
            "高い特権を持つディレクトリロールを（有効・資格のいずれでも、直接又はグループ経由で）保持する者は MFA を登録していなければならない。猶予期間なし、ゲスト及び緊急用アカウントも対象。",
            "{resource} は {privilegedRoles} を保持していますが、MFA 認証方法が登録されていません。"),
        ["ENT-PRIV-01"] = new("グローバル管理者の人数が許容範囲外",
            "グローバル管理者は最も強力なロールである。保持者が多すぎると攻撃対象が広がり、2 名未満ではテナントの管理を失うおそれがある。",
            "{resource} のグローバル管理者は {globalAdminCount} 名です（許容範囲 {minGlobalAdmins}–{maxGlobalAdmins} 名）。"),
        ["AWS-ROOT-01"] = new("MFA 未設定の AWS ルートユーザー",
            "ルートユーザーはアカウント内のすべての操作が可能で IAM ポリシーで制限できないため、MFA が必須である。",
            "AWS アカウント {resource} のルートユーザーに MFA デバイスがありません（パスワード有効: {rootPasswordEnabled}、アクセスキー有無: {rootAccessKeysPresent}）。"),
        ["AWS-IAM-01"] = new("MFA 未設定の AWS コンソールユーザー",
            "コンソールパスワードを持つ IAM ユーザーはすべて MFA デバイスを持たなければならない。パスワードのない（プログラムによるアクセスのみの）ユーザーは対象外。",
            "IAM ユーザー {resource} はコンソールパスワードを持っていますが MFA デバイスがありません（パスワード最終使用 {passwordLastUsed}）。"),
        ["LOC-AZ-01"] = new("許可された国以外にある Azure リソース",
            "カスタマデータは、組織が顧客に通知した国にのみ保存できる（ISO/IEC 27017、ISMS-A-04 5.5）。Azure の各リソースはリージョンの国で判定する。",
            "{resource} は {region}（{country}）にあり、許可された国 {allowedCountries} の外です。"),
        ["LOC-AWS-01"] = new("許可された国以外にある S3 バケット",
            "オブジェクトはバケットのリージョンに保存される。許可された国以外のリージョンにあるバケットは、顧客に通知していない場所にデータを保存している。",
            "S3 バケット {resource} は {region}（{country}）にあり、許可された国 {allowedCountries} の外です。"),
        ["LOC-AWS-02"] = new("許可された国以外にある EC2 インスタンス",
            "インスタンスとその EBS ボリュームはリージョン内でデータを処理・保存するため、許可された国になければならない。",
            "EC2 インスタンス {resource} は {region}（{country}）で稼働しており、許可された国 {allowedCountries} の外です。"),
    };
}
