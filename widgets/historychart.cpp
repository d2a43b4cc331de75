#include "historychart.h"

#include "historyrunsmodel.h"

#include <QLocale>
#include <QPainter>
#include <QPolygonF>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace moctl {

HistoryChart::HistoryChart(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Run durations of a plan"));
    setMinimumHeight(110);
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

QString HistoryChart::planName() const
{
    if (!m_hasSeries)
        return {};
    return m_series.planId.isEmpty() ? tr("(ad hoc)") : (m_series.planName.isEmpty() ? m_series.planId : m_series.planName);
}

void HistoryChart::setSeries(const DurationSeries &series)
{
    m_series = series;
    m_hasSeries = true;
    const QString shown = series.isSampled()
                              ? tr("Plan %1: the newest %2 of %3 finished runs")
                                    .arg(planName(), QLocale().toString(series.points.size()), QLocale().toString(series.totalRuns))
                              : tr("Plan %1: %n finished run(s)", nullptr, int(series.points.size())).arg(planName());
    setAccessibleDescription(tr("%1; %n slower than twice the plan's median", nullptr, int(series.slow.size())).arg(shown));
    setToolTip(accessibleDescription());
    update();
}

void HistoryChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    const QRectF area = QRectF(rect()).adjusted(48, 20, -10, -18);
    p.setPen(pal.color(QPalette::Mid));
    p.drawRect(area);
    const QList<DurationPoint> &points = m_series.points;
    if (points.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No finished runs to chart"));
        return;
    }
    // Oldest first (the store's order).
    const qint64 tMin = points.constFirst().started.toMSecsSinceEpoch();
    const qint64 tMax = points.constLast().started.toMSecsSinceEpoch();
    qint64 dMax = 1;
    for (const DurationPoint &pt : points)
        dMax = std::max(dMax, pt.durationMs);
    const double tSpan = double(std::max<qint64>(1, tMax - tMin));
    const auto point = [&](const DurationPoint &pt) {
        const double x = points.size() == 1 ? area.center().x()
                                            : area.left() + area.width() * double(pt.started.toMSecsSinceEpoch() - tMin) / tSpan;
        const double y = area.bottom() - area.height() * double(pt.durationMs) / double(dMax);
        return QPointF(x, y);
    };
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRectF(0, area.top() - 4, area.left() - 4, 16), Qt::AlignRight | Qt::AlignTop,
               HistoryRunsModel::durationText(dMax));
    p.drawText(QRectF(0, area.bottom() - 12, area.left() - 4, 16), Qt::AlignRight | Qt::AlignBottom, u"0"_s);

    const QColor colour = QColor::fromHsv(200, 150, 200);
    const bool dense = points.size() > 300;
    // A polyline, thin when dense: a 1-pixel pen takes the raster engine's fast stroker, so 2,000 runs
    // paint in a few milliseconds instead of tens (a wide antialiased path is stroked as polygons).
    QPolygonF line;
    line.reserve(points.size());
    for (const DurationPoint &pt : points)
        line << point(pt);
    p.setPen(QPen(colour, dense ? 1.0 : 1.5));
    p.setBrush(Qt::NoBrush);
    p.drawPolyline(line);
    for (const DurationPoint &pt : points) {
        const bool slow = m_series.slow.contains(pt.runId);
        if (dense && !slow && pt.status == RunStatus::Ok)
            continue; // the line says it; dots would be a smear
        p.setPen(Qt::NoPen);
        p.setBrush(slow ? QColor(0xd6, 0x3a, 0x3a) : (pt.status == RunStatus::Ok ? colour : HistoryRunsModel::statusColour(pt.status)));
        p.drawEllipse(point(pt), slow ? 4.0 : 2.5, slow ? 4.0 : 2.5);
    }
    p.setBrush(colour);
    p.drawRect(QRectF(area.left(), 5, 10, 10));
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QPointF(area.left() + 14, 14),
               m_series.isSampled() ? tr("%1 (newest %2 of %3 runs)")
                                          .arg(planName(), QLocale().toString(points.size()), QLocale().toString(m_series.totalRuns))
                                    : planName());
    if (!m_series.slow.isEmpty()) {
        p.setPen(QColor(0xd6, 0x3a, 0x3a));
        p.drawText(QRectF(area.left(), area.bottom() + 2, area.width(), 16), Qt::AlignRight,
                   tr("%n run(s) slower than twice the plan's median", nullptr, int(m_series.slow.size())));
    }
}

} // namespace moctl
