using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Features.FamilySurvey;

/// <summary>
/// What a new survey starts from: the themes families named in the network's 2021 evaluation survey (004) — easy and
/// flexible contact, someone to talk to, concrete help at home, peer support, being met and heard, staff continuity,
/// smooth cooperation between the actors — each as a 1–5 question, then which of them a family would want more of, and
/// a free word. The coordinator edits it before opening.
/// </summary>
public static class SurveyTemplate
{
    private static readonly LocalizedText[] Themes =
    [
        new("Yhteydenotto perhekeskukseen on helppoa ja joustavaa", "Det är lätt och smidigt att kontakta familjecentret", "Contacting the family centre is easy and flexible"),
        new("Minulla on ollut mahdollisuus keskustella jonkun kanssa", "Jag har haft möjlighet att prata med någon", "I have had someone to talk to"),
        new("Olemme saaneet konkreettista apua kotiin", "Vi har fått konkret hjälp hem", "We have had concrete help at home"),
        new("Olemme löytäneet vertaistukea", "Vi har hittat kamratstöd", "We have found peer support"),
        new("Minut on aidosti kohdattu ja minua on kuultu", "Jag har blivit verkligt bemött och hörd", "I have been truly met and heard"),
        new("Työntekijät ovat pysyneet samoina", "Personalen har varit densamma", "The staff have stayed the same"),
        new("Eri toimijoiden yhteistyö asiassamme on sujunut", "Samarbetet mellan aktörerna i vårt ärende har fungerat", "The actors have worked smoothly together in our matter"),
    ];

    private static readonly LocalizedText[] More =
    [
        new("Helpompaa yhteydenottoa", "Lättare kontakt", "Easier contact"),
        new("Keskusteluapua", "Samtalsstöd", "Someone to talk to"),
        new("Apua kotiin", "Hjälp hem", "Help at home"),
        new("Vertaistukea", "Kamratstöd", "Peer support"),
        new("Kiireetöntä kohtaamista", "Bemötande utan brådska", "Unhurried meeting"),
        new("Samat työntekijät", "Samma personal", "The same staff"),
        new("Toimijoiden yhteistyötä", "Samarbete mellan aktörerna", "Cooperation between the actors"),
    ];

    public static SurveyContent For(int year, DateOnly opensOn) => new(
        new LocalizedText($"Perhekyselyn {year} arvio perhekeskustoiminnasta", $"Familjeenkät {year} om familjecenterverksamheten", $"Family survey {year} on the family centre's work"),
        new LocalizedText("Vastaa nimettömästi: emme tallenna nimeäsi, osoitettasi emmekä vastauksen kellonaikaa. Vastaaminen vie noin viisi minuuttia.",
            "Svara anonymt: vi sparar inte ditt namn, din adress eller tidpunkten för svaret. Det tar cirka fem minuter.",
            "Answer anonymously: we store neither your name, your address nor the time of your answer. It takes about five minutes."),
        opensOn, opensOn.AddDays(41), AskMunicipality: true, AskAgeGroup: true,
        [
            .. Themes.Select(t => new SurveyQuestionContent(SurveyQuestionKind.Scale, t, Required: false, [])),
            new SurveyQuestionContent(SurveyQuestionKind.MultipleChoice,
                new LocalizedText("Mitä toivoisitte perhekeskukselta enemmän?", "Vad önskar ni mer av familjecentret?", "What would you want more of from the family centre?"),
                Required: false, More),
            new SurveyQuestionContent(SurveyQuestionKind.FreeText,
                new LocalizedText("Mitä muuta haluat kertoa?", "Vad mer vill du berätta?", "What else would you like to tell us?"), Required: false, []),
        ]);
}
