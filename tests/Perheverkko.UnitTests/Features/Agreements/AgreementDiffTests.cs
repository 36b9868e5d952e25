using Perheverkko.Web.Features.Agreements;

namespace Perheverkko.UnitTests.Features.Agreements;

public sealed class AgreementDiffTests
{
    [Fact]
    public void Sections_are_matched_by_number_as_added_removed_changed_or_unchanged()
    {
        SectionText[] older = [new(1, "Alue", "Etelä-Savo"), new(2, "Kesto", "Voimassa 2022-2023."), new(3, "Poistuva", "Teksti.")];
        SectionText[] newer = [new(1, "Alue", "Etelä-Savo"), new(2, "Kesto", "Voimassa 2026-2029."), new(4, "Uusi", "Lisätty.")];
        var diff = AgreementDiff.Sections(older, newer);
        Assert.Equal([1, 2, 3, 4], diff.Select(d => d.Number));
        Assert.Equal([SectionChange.Unchanged, SectionChange.Changed, SectionChange.Removed, SectionChange.Added], diff.Select(d => d.Change));
        Assert.Equal([new DiffSegment(DiffKind.Inserted, "Uusi")], diff[3].Title);
        Assert.Equal([new DiffSegment(DiffKind.Deleted, "Teksti.")], diff[2].Body);
    }

    [Fact]
    public void A_renumbered_section_is_the_same_section_moved_and_a_new_one_in_its_place_is_added()
    {
        // 000 §11 "Kohtaamispaikkatoiminta" is 001 §12; 001 §11 is a new section (issue #13 item 7).
        // 000 §12 "Hyvinvointialueen perhekeskukset" is 001 §11 "… perhekeskustoiminta": moved and retitled, its words mostly kept.
        SectionText[] older =
        [
            new(10, "Koordinointi", "Sama."), new(11, "Kohtaamispaikkatoiminta", "Vanha teksti."),
            new(12, "Hyvinvointialueen perhekeskukset", "Perhekeskukset toimivat jokaisessa kunnassa."), new(14, "Viestintä", "Siirtyi sellaisenaan."),
            new(15, "Poistuva", "Ei jatku."),
        ];
        SectionText[] newer =
        [
            new(10, "Koordinointi", "Sama."), new(11, "Hyvinvointialueen perhekeskustoiminta", "Perhekeskukset toimivat jokaisessa kunnassa ja verkossa."),
            new(12, "Kohtaamispaikkatoiminta", "Uusi teksti."), new(13, "Viestintä", "Siirtyi sellaisenaan."), new(16, "Uusi", "Lisätty."),
        ];
        var diff = AgreementDiff.Sections(older, newer);
        var byNumber = diff.ToDictionary(d => (d.Number, d.Change == SectionChange.Removed));
        Assert.Equal(SectionChange.Unchanged, byNumber[(10, false)].Change);
        Assert.Equal((SectionChange.Changed, 11), (byNumber[(12, false)].Change, byNumber[(12, false)].MovedFrom!.Value));
        Assert.Equal((SectionChange.Changed, 12), (byNumber[(11, false)].Change, byNumber[(11, false)].MovedFrom!.Value));
        Assert.Equal((SectionChange.Moved, 14), (byNumber[(13, false)].Change, byNumber[(13, false)].MovedFrom!.Value));
        Assert.Equal(SectionChange.Added, byNumber[(16, false)].Change);
        Assert.Equal(SectionChange.Removed, byNumber[(15, true)].Change);
        Assert.Equal([10, 11, 12, 13, 15, 16], diff.Select(d => d.Number));
    }

    [Fact]
    public void A_list_that_gained_an_item_shows_the_item_inserted_and_keeps_the_others_whole()
    {
        var older = "Osapuolet:\n- Juvan kunta\n- Kangasniemen kunta\n- Mikkelin kaupunki\n";
        var newer = "Osapuolet:\n- Enonkosken kunta\n- Juvan kunta\n- Kangasniemen kunta\n- Mikkelin kaupunki\n";
        var segments = AgreementDiff.Lines(older, newer);
        Assert.Equal([new DiffSegment(DiffKind.Same, "Osapuolet:\n"), new DiffSegment(DiffKind.Inserted, "- Enonkosken kunta\n"),
            new DiffSegment(DiffKind.Same, "- Juvan kunta\n- Kangasniemen kunta\n- Mikkelin kaupunki\n")], segments);
        // Inside a changed line the difference is still word by word.
        Assert.Equal([new DiffSegment(DiffKind.Same, "Voimassa "), new DiffSegment(DiffKind.Deleted, "2022."), new DiffSegment(DiffKind.Inserted, "2026.")],
            AgreementDiff.Lines("Voimassa 2022.", "Voimassa 2026."));
    }

    [Fact]
    public void A_changed_word_is_one_deletion_and_one_insertion_between_unchanged_words()
    {
        var segments = AgreementDiff.Words("Tämä sopimus on voimassa 2022-2023. Sopimus päivitetään.", "Tämä sopimus on voimassa 2026-2029. Sopimus päivitetään.");
        Assert.Equal(
        [
            new DiffSegment(DiffKind.Same, "Tämä sopimus on voimassa "),
            new DiffSegment(DiffKind.Deleted, "2022-2023. "),
            new DiffSegment(DiffKind.Inserted, "2026-2029. "),
            new DiffSegment(DiffKind.Same, "Sopimus päivitetään."),
        ], segments);
    }

    [Fact]
    public void Inserted_and_deleted_words_in_the_middle_are_found()
    {
        var segments = AgreementDiff.Words("a b c d e", "a x b c e");
        Assert.Equal("a b c d e", string.Concat(segments.Where(s => s.Kind != DiffKind.Inserted).Select(s => s.Text)));
        Assert.Equal("a x b c e", string.Concat(segments.Where(s => s.Kind != DiffKind.Deleted).Select(s => s.Text)));
        Assert.Equal(["x "], segments.Where(s => s.Kind == DiffKind.Inserted).Select(s => s.Text));
        Assert.Equal(["d "], segments.Where(s => s.Kind == DiffKind.Deleted).Select(s => s.Text));
    }

    [Fact]
    public void Identical_texts_are_one_unchanged_segment_and_empty_texts_none()
    {
        Assert.Equal([new DiffSegment(DiffKind.Same, "sama teksti")], AgreementDiff.Words("sama teksti", "sama teksti"));
        Assert.Empty(AgreementDiff.Words("", ""));
    }

    [Fact]
    public void Differences_in_line_endings_alone_leave_a_section_unchanged()
    {
        var diff = AgreementDiff.Sections([new(1, "Alue", "Rivi yksi\r\nrivi kaksi")], [new(1, "Alue", "Rivi yksi\nrivi kaksi\n")]);
        Assert.Equal(SectionChange.Unchanged, Assert.Single(diff).Change);
    }

    [Fact]
    public void The_party_list_change_names_who_joined_and_who_left()
    {
        var a = Guid.NewGuid(); var b = Guid.NewGuid(); var c = Guid.NewGuid();
        var diff = AgreementDiff.Parties([new(a, "Essote"), new(b, "Mikkelin kaupunki")], [new(b, "Mikkeli"), new(c, "Enonkoski")]);
        Assert.Equal([new PartyRef(c, "Enonkoski")], diff.Joined);
        Assert.Equal([new PartyRef(a, "Essote")], diff.Left);
        Assert.Equal([new PartyRef(b, "Mikkeli")], diff.Stayed);
    }

    [Fact]
    public void Very_long_changed_texts_fall_back_to_one_deletion_and_one_insertion()
    {
        var older = string.Join(' ', Enumerable.Range(0, 3000).Select(i => $"a{i}"));
        var newer = string.Join(' ', Enumerable.Range(0, 3000).Select(i => $"b{i}"));
        var segments = AgreementDiff.Words(older, newer);
        Assert.Equal([DiffKind.Deleted, DiffKind.Inserted], segments.Select(s => s.Kind));
    }
}
