#pragma once

#include "history/historytypes.h"

#include <QCoreApplication>
#include <QSet>
#include <QWidget>

namespace moctl {

// A small chart of one plan's run durations over time (the newest runs of the plan in the filter, read
// by HistoryStore::planDurations on a worker thread); runs slower than twice the plan's median are
// drawn in red.
class HistoryChart final : public QWidget
{
    Q_DECLARE_TR_FUNCTIONS(moctl::HistoryChart)

public:
    explicit HistoryChart(QWidget *parent = nullptr);
    void setSeries(const DurationSeries &series);
    void clear();
    const DurationSeries &series() const { return m_series; }
    const QSet<qint64> &flagged() const { return m_series.slow; }
    int pointCount() const { return int(m_series.points.size()); }
    qint64 totalRuns() const { return m_series.totalRuns; }
    QString planName() const;
    // The axes' titles as drawn: durations up, the runs' start dates along.
    static QString durationAxisTitle();
    static QString dateAxisTitle();
    // Tall enough to read a trend (160 px at least).
    static constexpr int MinimumHeight = 160;
    QSize sizeHint() const override { return { 480, 200 }; }
    QSize minimumSizeHint() const override { return { 240, MinimumHeight }; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    DurationSeries m_series;
    bool m_hasSeries = false;
};

} // namespace moctl
