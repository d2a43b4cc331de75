#include "historychart.h"

#include "historyrunsmodel.h"

#include <algorithm>
#include <QLocale>
#include <QPainter>
#include <QPolygonF>
#include <QStyle>
#include <QStyleOption>

using namespace Qt::StringLiterals;

namespace moctl {

HistoryChart::HistoryChart(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Run durations of a plan"));
    setMinimumHeight(MinimumHeight);
    setFocusPolicy(Qt::TabFocus);
}

void HistoryChart::clear()
{
    m_series = {};
    m_hasSeries = false;
    setAccessibleDescription(QString());
    setToolTip(QString());
    update();
}

QString HistoryChart::durationAxisTitle()
{
    return tr("Duration");
}

QString HistoryChart::dateAxisTitle()
{
    return tr("Started");
}

QString HistoryChart::planName() const
{
    if (!m_hasSeries)
        return {};
    return m_series.planId.isEmpty() ? tr("(ad hoc)")
                                     : (m_series.planName.isEmpty() ? m_series.planId : m_series.planName);
}

void HistoryChart::setSeries(const DurationSeries &series)
{
    m_series = series;
    m_hasSeries = true;
    const QString shown = series.isSampled()
        ? tr("Plan %1: the newest %2 of %3 finished runs")
              .arg(planName(), QLocale().toString(series.points.size()), QLocale().toString(series.totalRuns))
        : tr("Plan %1: %n finished run(s)", nullptr, int(series.points.size())).arg(planName());
    setAccessibleDescription(
        tr("%1; %n slower than twice the plan's median", nullptr, int(series.slow.size())).arg(shown));
    setToolTip(accessibleDescription());
    update();
}

void HistoryChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    p.fillRect(rect(), pal.base());
    if (hasFocus()) { // reached with Tab (its description is read out): show where the focus is
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.backgroundColor = pal.color(QPalette::Base);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, &p, this);
    }
    const QList<DurationPoint> &points = m_series.points;
    qint64 dMax = 1;
    for (const DurationPoint &pt : points)
        dMax = std::max(dMax, pt.durationMs);
    // Room for the legend above, the duration axis (its title turned up and its ticks) on the left,
    // the date axis (its ticks and title) below.
    const int tickWidth = std::max({ fm.horizontalAdvance(HistoryRunsModel::durationText(dMax)),
        fm.horizontalAdvance(HistoryRunsModel::durationText(dMax / 2)), fm.horizontalAdvance(u"0"_s) });
    const QRectF area = QRectF(rect()).adjusted(line + 10 + tickWidth, line + 8, -12, -(2 * line + 8));
    p.setPen(pal.color(QPalette::Mid));
    p.drawRect(area);

    // Axis titles, always (they say what the empty frame would show).
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRectF(area.left(), height() - line - 2, area.width(), line),
        Qt::AlignHCenter | Qt::AlignBottom, dateAxisTitle());
    p.save();
    p.translate(2, area.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-area.height() / 2, 0, area.height(), line), Qt::AlignCenter, durationAxisTitle());
    p.restore();

    if (points.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(area, Qt::AlignCenter, tr("No finished runs to chart"));
        return;
    }
    // Oldest first (the store's order).
    const qint64 tMin = points.constFirst().started.toMSecsSinceEpoch();
    const qint64 tMax = points.constLast().started.toMSecsSinceEpoch();
    const double tSpan = double(std::max<qint64>(1, tMax - tMin));
    const auto point = [&](const DurationPoint &pt) {
        const double x = points.size() == 1
            ? area.center().x()
            : area.left() + area.width() * double(pt.started.toMSecsSinceEpoch() - tMin) / tSpan;
        const double y = area.bottom() - area.height() * double(pt.durationMs) / double(dMax);
        return QPointF(x, y);
    };
    // Duration ticks: 0, half and the longest; date ticks: the first and the last run (in the user's
    // locale; the time too when they are on the same day).
    const QRectF tickColumn(area.left() - tickWidth - 6, 0, tickWidth, line);
    p.drawText(tickColumn.translated(0, area.top() - line / 2.0), Qt::AlignRight | Qt::AlignVCenter,
        HistoryRunsModel::durationText(dMax));
    p.drawText(tickColumn.translated(0, area.center().y() - line / 2.0), Qt::AlignRight | Qt::AlignVCenter,
        HistoryRunsModel::durationText(dMax / 2));
    p.drawText(
        tickColumn.translated(0, area.bottom() - line / 2.0), Qt::AlignRight | Qt::AlignVCenter, u"0"_s);
    const QLocale locale;
    const QDateTime first = points.constFirst().started.toLocalTime();
    const QDateTime last = points.constLast().started.toLocalTime();
    const auto dateTick = [&](const QDateTime &t) {
        return first.date() == last.date() ? locale.toString(t, QLocale::ShortFormat)
                                           : locale.toString(t.date(), QLocale::ShortFormat);
    };
    const QRectF tickRow(area.left(), area.bottom() + 2, area.width(), line);
    p.drawText(tickRow, Qt::AlignLeft | Qt::AlignTop, dateTick(first));
    if (points.size() > 1)
        p.drawText(tickRow, Qt::AlignRight | Qt::AlignTop, dateTick(last));

    const QColor colour = QColor::fromHsv(200, 150, 200);
    const bool dense = points.size() > 300;
    // A polyline, thin when dense: a 1-pixel pen takes the raster engine's fast stroker, so 2,000 runs
    // paint in a few milliseconds instead of tens (a wide antialiased path is stroked as polygons).
    QPolygonF polyline;
    polyline.reserve(points.size());
    for (const DurationPoint &pt : points)
        polyline << point(pt);
    p.setPen(QPen(colour, dense ? 1.0 : 1.5));
    p.setBrush(Qt::NoBrush);
    p.drawPolyline(polyline);
    for (const DurationPoint &pt : points) {
        const bool slow = m_series.slow.contains(pt.runId);
        if (dense && !slow && pt.status == RunStatus::Ok)
            continue; // the line says it; dots would be a smear
        p.setPen(Qt::NoPen);
        p.setBrush(slow ? QColor(0xd6, 0x3a, 0x3a)
                        : (pt.status == RunStatus::Ok ? colour : HistoryRunsModel::statusColour(pt.status)));
        p.drawEllipse(point(pt), slow ? 4.0 : 2.5, slow ? 4.0 : 2.5);
    }
    // The legend: the plan, and how many runs were slow.
    const QRectF legend(area.left(), 4, area.width(), line);
    p.setBrush(colour);
    p.setPen(Qt::NoPen);
    p.drawRect(QRectF(legend.left(), legend.center().y() - 5, 10, 10));
    p.setPen(pal.color(QPalette::Text));
    p.drawText(legend.adjusted(14, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
        m_series.isSampled()
            ? tr("%1 (newest %2 of %3 runs)")
                  .arg(planName(), QLocale().toString(points.size()), QLocale().toString(m_series.totalRuns))
            : planName());
    if (!m_series.slow.isEmpty()) {
        p.setPen(QColor(0xd6, 0x3a, 0x3a));
        p.drawText(legend, Qt::AlignRight | Qt::AlignVCenter,
            tr("%n run(s) slower than twice the plan's median", nullptr, int(m_series.slow.size())));
    }
}

} // namespace moctl
