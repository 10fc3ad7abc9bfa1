namespace ComplianceEngine.Reports.Controls;

/// <summary>How a control's operation can be evidenced.</summary>
public enum ControlKind
{
    /// <summary>Organisational, people or physical: evidence is documents and records.</summary>
    Manual,

    /// <summary>A configuration check of a tenant, account or subscription can evidence it.</summary>
    Technical,
}

/// <summary>
/// One control of the organisation's control set (ISMS-A-04): Annex A 5.1–8.34 and the cloud extensions
/// 9.1–9.5, with the Japanese title exactly as the organisation's document writes it.
/// </summary>
/// <param name="Number">The organisation's number, e.g. <c>5.17</c> or <c>9.3</c>.</param>
/// <param name="CloudSection">For 9.x, the ISO/IEC 27017 CLD section it stands for (<c>CLD.9.5</c>); else null.</param>
public sealed record OrganisationControl(string Number, ControlKind Kind, string? CloudSection, string TitleJa, string TitleEn)
{
    /// <summary>The theme's first number: 5 organisational, 6 people, 7 physical, 8 technological, 9 cloud.</summary>
    public int Theme => Number[0] - '0';

    public string Title(bool japanese) => japanese ? TitleJa : TitleEn;
}
