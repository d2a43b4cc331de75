#include "runconfirmation.h"

#include "runner/rundescription.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace moctl {

namespace {
bool ask(QWidget *parent, const QString &title, const QString &text, const QString &informative)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(u"confirmRun"_s);
    box.setInformativeText(informative);
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
} // namespace

bool askToRun(QWidget *parent, const RunRequest &request)
{
    const RunDescription description = describeRun(request);
    return ask(parent, description.title, description.text(),
        QCoreApplication::translate("moctl::RunConfirmation",
            "This profile asks before every run (Confirm before running, "
            "in the profile)."));
}

bool askToRunFleet(QWidget *parent, const QList<RunRequest> &requests, const QList<int> &asking)
{
    const FleetRunDescription description = describeFleetRun(requests, asking);
    return ask(parent, description.title, description.text(),
        QCoreApplication::translate("moctl::RunConfirmation",
            "These profiles ask before every run (Confirm before running, in the profile). Run means "
            "every cluster of the fleet."));
}

} // namespace moctl
