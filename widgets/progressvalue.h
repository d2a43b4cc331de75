#pragma once

#include <QProgressBar>

namespace moctl {

// QProgressBar::setValue() repaints the bar synchronously (QWidget::repaint) whenever the shown value
// changes: a run's progress would then paint on the GUI thread outside the normal paint cycle, once
// per change. This sets the value and lets the bar be painted with the next update of the window.
inline void setProgressValue(QProgressBar *bar, int value)
{
    if (bar->value() == value)
        return;
    if (!bar->updatesEnabled()) { // someone else disabled painting: leave that alone
        bar->setValue(value);
        return;
    }
    bar->setUpdatesEnabled(false); // repaint() does nothing meanwhile
    bar->setValue(value);
    bar->setUpdatesEnabled(true); // schedules an update(), painted with the rest of the window
}

} // namespace moctl
