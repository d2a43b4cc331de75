#include "tableselectordialog.h"

#include "tableselectorwidget.h"
#include "windowtitle.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace moctl {

TableSelectorDialog::TableSelectorDialog(QWidget *parent)
    : QDialog(parent)
    , m_selector(new TableSelectorWidget(this))
{
    setWindowTitle(tr("Select Tables"));
    keepTitleWhole(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_selector, 1);
    layout->addWidget(buttons);
    resize(640, 560);
}

TableSelectorDialog::~TableSelectorDialog() = default;

TableSelection TableSelectorDialog::selection() const
{
    return m_selector->selection();
}

void TableSelectorDialog::setSelection(const TableSelection &selection)
{
    m_selector->setSelection(selection);
}

} // namespace moctl
