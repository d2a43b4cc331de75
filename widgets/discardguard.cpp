#include "discardguard.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace moctl {

bool askDiscardChanges(QWidget *parent, const QString &what)
{
    QMessageBox box(QMessageBox::Question, GuardedDialog::tr("Discard Changes?"),
        GuardedDialog::tr("You changed %1. Close without saving the changes?").arg(what),
        QMessageBox::NoButton, parent);
    box.setObjectName(u"discardChanges"_s);
    QPushButton *discard = box.addButton(GuardedDialog::tr("&Discard Changes"), QMessageBox::DestructiveRole);
    discard->setObjectName(u"discardChangesYes"_s);
    QPushButton *keep = box.addButton(GuardedDialog::tr("&Keep Editing"), QMessageBox::RejectRole);
    keep->setObjectName(u"discardChangesNo"_s);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == discard;
}

void GuardedDialog::setModifiedCheck(std::function<bool()> check, QString what)
{
    m_isModified = std::move(check);
    m_what = std::move(what);
}

void GuardedDialog::reject()
{
    if (m_isModified && m_isModified() && !askDiscardChanges(this, m_what))
        return;
    QDialog::reject();
}

} // namespace moctl
