#pragma once

#include <functional>
#include <QDialog>

namespace moctl {

// Asks whether to throw away unsaved changes (a message box, objectName "discardChanges": Discard
// or Keep Editing, Keep Editing the default). True = discard.
bool askDiscardChanges(QWidget *parent, const QString &what);

// A dialog that asks before its changes are thrown away: Cancel, Escape and the window's close
// button go through reject(), which asks when the modified check says so.
class GuardedDialog : public QDialog
{
    Q_OBJECT

public:
    using QDialog::QDialog;
    // `what` names the changes in the question ("the schedule of Nightly").
    void setModifiedCheck(std::function<bool()> check, QString what);
    void reject() override;

private:
    std::function<bool()> m_isModified;
    QString m_what;
};

} // namespace moctl
