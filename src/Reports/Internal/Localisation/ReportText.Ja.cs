using ComplianceEngine.Engine.Drift;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Reports.Controls;

namespace ComplianceEngine.Reports.Internal.Localisation;

internal sealed partial record ReportText
{
    public static ReportText Ja { get; } = En with
    {
        Lang = "ja",
        SkipLink = "判定へ移動",
        Contents = "目次",
        VerdictHeading = "判定",
        Results = new Dictionary<ResultState, string>
        {
            [ResultState.Pass] = "合格", [ResultState.Fail] = "不合格", [ResultState.Incomplete] = "不完全", [ResultState.NotEvaluated] = "評価なし",
        },
        ExitCodeLine = "終了コード {0}: {1}。",
        ExitReasons = new Dictionary<int, string>
        {
            [0] = "重大度 '{0}' 以上の不合格はなく、すべてのデータソースを完全に収集しました",
            [1] = "重大度 '{0}' 以上の不合格があります",
            [2] = "完全に収集できなかったデータソースか、判定できなかった結果（エラー）があります。不合格は一部である可能性があります",
        },
        ExitReasonNewOnly = "前回実行以降に新たに発生した重大度 '{0}' 以上の不合格があります（--fail-on-new）",
        ExitReasonNoNew = "前回実行以降に新たに発生した重大度 '{0}' 以上の不合格はありません（--fail-on-new）",
        FailuresBySeverity = "重大度別の不合格件数",
        Total = "合計",
        DriftSince = "前回の実行 {0}（{1}）からの変化:",
        DriftCounts = "新規 {0} 件、悪化 {1} 件、変化なし {2} 件、解決 {3} 件の不合格。",
        FirstRun = "比較できる過去の実行がありません。すべての結果が新規です。",
        NoHistory = "実行履歴が無効のため、過去の実行と比較していません。",
        ControlResultsHeading = "管理策ごとの結果",
        ControlResultsIntro = "この実行のルールが証跡を提供する管理策。不合格: 不合格のリソースが 1 件以上。不完全: 不合格はないが判定できなかった結果がある。合格: すべて判定され不合格なし。",
        Result = "結果",
        DriftHeading = "前回実行からの変化",
        DriftStates = new Dictionary<DriftState, string>
        {
            [DriftState.New] = "新規", [DriftState.Unchanged] = "変化なし", [DriftState.Regression] = "悪化",
            [DriftState.Resolved] = "解決", [DriftState.Changed] = "変更", [DriftState.Unverified] = "未確認",
        },
        Change = "変化",
        NewAndRegressedHeading = "新規および悪化した不合格",
        ResolvedHeading = "解決した不合格",
        NothingResolved = "前回の実行の不合格で解決したものはありません。",
        TrendHeading = "管理策ごとの合格率",
        TrendIntro = "同じデータソースの最近の実行ごとの、判定済みの結果（合格・不合格・免除・エラー）に占める合格の割合。古い順で、最後の列がこの実行です。",
        PassRate = "合格率",
        Legend = "凡例",
        FilterHeading = "ルールの絞り込み",
        Search = "リソースとルールを検索",
        All = "すべて",
        State = "結果",
        FilterCount = "{1} 件中 {0} 件のルールを表示",
        Privileged = "特権",
        PrintMore = "… ほか {0} 件は印刷していません（HTML ページと evidence.json に記載）。",
        Page = "ページ",
        Fail = "不合格",
        Title = "コンプライアンス証跡レポート",
        Organisation = "組織",
        RunHeading = "実行情報",
        Generated = "評価日時",
        Collected = "スナップショット収集日時",
        ToolVersion = "ツールのバージョン",
        RunId = "実行 ID",
        BuiltInDefaults = "組み込みの既定値",
        Snapshot = "スナップショット",
        CommandLine = "コマンドライン",
        Complete = "完全: すべてのデータソースを完全に収集し、すべての結果を判定しました。",
        Incomplete = "不完全: 完全に収集できなかったデータソースがあるか、判定できなかった結果（エラー）があります。以下の結果は一部である可能性があります。",
        SourcesHeading = "データソースと収集の完全性",
        Source = "データソース",
        Scope = "テナント／アカウント／サブスクリプション",
        Name = "名前",
        Status = "状態",
        CollectedAt = "収集日時",
        Endpoint = "エンドポイント",
        Datasets = "データセット",
        NoSources = "スナップショットにデータソースの記載がありません。",
        MissingData = "欠落しているデータ",
        AllDatasets = "すべてのデータセット",
        ItemCount = "{0} 件の項目",
        RulesInError = "{0} 件のルールがエラー",
        OthersComplete = "他の{1} {0} 件は完全",
        ScopeKinds = new Dictionary<string, string>
        {
            ["source"] = "データソース全体", ["dataset"] = "データセット全体", ["subscription"] = "サブスクリプション", ["region"] = "リージョン",
        },
        SummaryHeading = "概要",
        CoverageHeading = "管理策の網羅状況",
        CoverageIntro = "組織の管理策（ISMS-A-04: ISO/IEC 27001:2022 附属書 A 及び ISO/IEC 27017 クラウドサービス拡張管理策）のすべて。適用宣言書と照合してください。",
        Control = "管理策",
        Rules = "ルール",
        ControlsHeading = "管理策ごとの証跡",
        OtherRulesHeading = "組織の管理策に対応付けられていないルール",
        WhatAndWhy = "確認内容と理由",
        ControlsEvidenced = "対応する管理策",
        OutsideControlSet = "組織の管理策の範囲外",
        Population = "母集団",
        InScope = "対象",
        OutOfScope = "対象外",
        NotApplicableRule = "評価対象なし",
        DataSource = "データソース",
        Severity = "重要度",
        Category = "カテゴリ",
        Parameters = "パラメータ",
        Resource = "リソース",
        Message = "メッセージ",
        Observed = "観測値",
        Remediation = "是正方法",
        Reason = "理由",
        Waiver = "適用除外",
        SeeRule = "このルールの証跡は次の管理策の下に記載しています:",
        AndMore = "… ほか {0} 件（すべて evidence.json に記載）。",
        FullListIn = "全件: evidence.json、不適合のリソース: remediation.csv。",
        WaiversHeading = "適用除外（ウェイバー）",
        NoWaivers = "適用除外は設定されていません。",
        Rule = "ルール",
        Justification = "理由",
        Owner = "責任者",
        Approver = "承認者",
        Approved = "承認日",
        Expires = "有効期限",
        Matched = "該当数",
        ExpiresSoon = "期限間近",
        PassRateChart = "適合率 {0}%（直近 {1} 回の実行のうち最新）",
        Integrity = "manifest.json に本ファイル及び本実行のすべての出力の SHA-256 を記載しています。'compliance verify <フォルダ>' で確認できます。",
        Themes = new Dictionary<int, string>
        {
            [5] = "I. 組織的管理策", [6] = "II. 人的管理策", [7] = "III. 物理的管理策",
            [8] = "IV. 技術的管理策", [9] = "V. クラウドサービス拡張管理策",
        },
        Outcomes = new Dictionary<Outcome, string>
        {
            [Outcome.Pass] = "適合", [Outcome.Fail] = "不適合", [Outcome.Waived] = "適用除外",
            [Outcome.NotApplicable] = "該当なし", [Outcome.Error] = "エラー",
        },
        OutcomeLists = new Dictionary<Outcome, string>
        {
            [Outcome.Pass] = "適合したリソース", [Outcome.Fail] = "不適合のリソース", [Outcome.Waived] = "適用除外された不適合",
            [Outcome.NotApplicable] = "該当なし", [Outcome.Error] = "判定不能（エラー: データ欠落）",
        },
        Coverage = new Dictionary<CoverageStatus, string>
        {
            [CoverageStatus.Automated] = "自動で証跡取得",
            [CoverageStatus.Manual] = "手作業による証跡が必要",
            [CoverageStatus.NotCovered] = "未対応",
        },
        States = new Dictionary<CollectionState, string>
        {
            [CollectionState.Complete] = "完全", [CollectionState.Partial] = "部分的", [CollectionState.Failed] = "失敗",
        },
        WaiverStates = new Dictionary<WaiverState, string>
        {
            [WaiverState.Applied] = "適用中", [WaiverState.Expired] = "期限切れ", [WaiverState.Unused] = "未使用",
        },
    };
}
