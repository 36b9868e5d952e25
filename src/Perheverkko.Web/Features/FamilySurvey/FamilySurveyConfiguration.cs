using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Perheverkko.Web.Features.Regions;
using Perheverkko.Web.Platform.Data;

namespace Perheverkko.Web.Features.FamilySurvey;

public sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> builder)
    {
        builder.HasKey(s => s.Id);
        builder.HasOne<Region>().WithMany().HasForeignKey(s => s.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasLocalizedText(s => s.Title, "Title", Survey.TitleMaxLength);
        builder.HasLocalizedText(s => s.Intro, "Intro", Survey.IntroMaxLength);
        builder.Property(s => s.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasMany(s => s.Questions).WithOne().HasForeignKey(q => q.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.RegionId, s.Year }).IsUnique();
    }
}

public sealed class SurveyQuestionConfiguration : IEntityTypeConfiguration<SurveyQuestion>
{
    public void Configure(EntityTypeBuilder<SurveyQuestion> builder)
    {
        builder.HasKey(q => q.Id);
        builder.HasLocalizedText(q => q.Text, "Text", Survey.QuestionMaxLength);
        builder.Property(q => q.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasMany(q => q.Options).WithOne().HasForeignKey(o => o.QuestionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SurveyOptionConfiguration : IEntityTypeConfiguration<SurveyOption>
{
    public void Configure(EntityTypeBuilder<SurveyOption> builder)
    {
        builder.HasKey(o => o.Id);
        builder.HasLocalizedText(o => o.Text, "Text", Survey.OptionMaxLength);
    }
}

public sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.HasKey(r => r.Id);
        builder.HasOne<Survey>().WithMany().HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.AgeGroup).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => r.SurveyId);
    }
}

public sealed class SurveyAnswerConfiguration : IEntityTypeConfiguration<SurveyAnswer>
{
    public void Configure(EntityTypeBuilder<SurveyAnswer> builder)
    {
        builder.HasKey(a => a.Id);
        builder.HasOne<SurveyResponse>().WithMany().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.AgeGroup).HasConversion<string>().HasMaxLength(20);
        // The results' two GROUP BYs read only this index (covering): per question and option or value, by
        // municipality and by age group.
        builder.HasIndex(a => new { a.SurveyId, a.QuestionId, a.OptionId, a.Value, a.MunicipalityId, a.AgeGroup });
    }
}

public sealed class SurveyFreeTextConfiguration : IEntityTypeConfiguration<SurveyFreeText>
{
    public void Configure(EntityTypeBuilder<SurveyFreeText> builder)
    {
        builder.HasKey(t => t.Id);
        builder.HasOne<SurveyResponse>().WithMany().HasForeignKey(t => t.ResponseId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(t => t.Text).HasMaxLength(Survey.FreeTextMaxLength);
        builder.HasIndex(t => new { t.SurveyId, t.QuestionId });
    }
}
