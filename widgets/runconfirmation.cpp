#include "runconfirmation.h"

#include "runner/rundescription.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace moctl {

bool askToRun(QWidget *parent, const RunRequest &request)
{
    const RunDescription description = describeRun(request);
    QMessageBox box(
        QMessageBox::Warning, description.title, description.text(), QMessageBox::NoButton, parent);
    box.setObjectName(u"confirmRun"_s);
    box.setInformativeText(QCoreApplication::translate("moctl::RunConfirmation",
        "This profile asks before every run (Confirm before running, "
        "in the profile)."));
    QPushButton *run
        = box.addButton(QCoreApplication::translate("moctl::RunConfirmation", "&Run"), QMessageBox::YesRole);
    run->setObjectName(u"confirmRunYes"_s);
    QPushButton *dont = box.addButton(
        QCoreApplication::translate("moctl::RunConfirmation", "&Don't Run"), QMessageBox::NoRole);
    dont->setObjectName(u"confirmRunNo"_s);
    box.setDefaultButton(dont);
    box.setEscapeButton(dont);
    box.exec();
    return box.clickedButton() == run;
}

} // namespace moctl
