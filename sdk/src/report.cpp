#include <tessera/sdk/report.h>

namespace tessera::sdk {

ReportSource::ReportSource() = default;
ReportSource::~ReportSource() = default;

ReportBlock ReportBlock::heading(const QString& text)
{
    ReportBlock b;
    b.type = Type::Heading;
    b.text = text;
    return b;
}

ReportBlock ReportBlock::paragraph(const QString& text)
{
    ReportBlock b;
    b.type = Type::Paragraph;
    b.text = text;
    return b;
}

ReportBlock ReportBlock::table(const QString& caption, const QStringList& columns, const QList<QStringList>& rows)
{
    ReportBlock b;
    b.type = Type::Table;
    b.text = caption;
    b.columns = columns;
    b.rows = rows;
    return b;
}

ReportBlock ReportBlock::chart(const QString& title, const QList<ReportPoint>& points, double minimum, double maximum,
                               const QString& valueLabel)
{
    ReportBlock b;
    b.type = Type::Chart;
    b.text = title;
    b.points = points;
    b.minimum = minimum;
    b.maximum = maximum;
    b.valueLabel = valueLabel;
    return b;
}

} // namespace tessera::sdk
