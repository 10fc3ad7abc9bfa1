namespace ComplianceEngine.Reports.Internal.Localisation;

/// <summary>The words of the privileged-access review section, in the report's language.</summary>
internal sealed partial record ReportText
{
    public string AccessReviewHeading => Japanese ? "特権アクセスのレビュー（ISO/IEC 27001 5.18）" : "Privileged access review (ISO/IEC 27001 5.18)";

    public string AccessReviewIntro => Japanese
        ? "Entra ID、Azure 及び AWS を横断して、人物 × 特権の付与ごとに一行。レビュー担当者は access-review.csv の判定欄と担当者欄に記入して承認する。"
        : "One row per person × privileged grant across Entra ID, Azure and AWS. The reviewer signs off in access-review.csv (decision and reviewer columns).";

    public string AccessReviewNone => Japanese ? "特権の付与はありません。" : "No privileged grants.";

    public string AccessReviewMore(int shown, int total) => Japanese
        ? $"{total} 行のうち {shown} 行を表示。すべての行は access-review.csv にある。"
        : $"{shown} of {total} rows shown; access-review.csv has them all.";

    public IReadOnlyList<string> AccessReviewColumns => Japanese
        ? ["人物", "状態", "クラウド", "付与", "種別", "スコープ", "識別情報", "保持の経路", "最終使用", "MFA"]
        : ["Person", "State", "Cloud", "Grant", "Type", "Scope", "Identity", "Held through", "Last use", "MFA"];
}
