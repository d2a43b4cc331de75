#pragma once

#include <QEvent>
#include <QFontMetrics>
#include <QWidget>

namespace moctl {

// Keeps a dialog at least as wide as its title (window managers cut a title that is wider than the
// window: "Edit Profile — prod-…"), now and whenever the title changes.
class TitleWidthKeeper final : public QObject
{
public:
    explicit TitleWidthKeeper(QWidget *window)
        : QObject(window)
    {
        window->installEventFilter(this);
        fit(window);
    }

    // Room for the title bar's buttons and icon besides the text.
    static constexpr int TitleBarButtons = 120;
    static constexpr int MaximumWidth = 900;

    static void fit(QWidget *window)
    {
        // Never wider than a small screen, whatever the title (a long profile name).
        const int needed = qMin(
            window->fontMetrics().horizontalAdvance(window->windowTitle()) + TitleBarButtons, MaximumWidth);
        if (window->minimumWidth() < needed)
            window->setMinimumWidth(needed);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::WindowTitleChange || event->type() == QEvent::FontChange)
            fit(static_cast<QWidget *>(watched));
        return false;
    }
};

inline void keepTitleWhole(QWidget *window)
{
    new TitleWidthKeeper(window);
}

} // namespace moctl
