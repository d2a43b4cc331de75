#pragma once

#include "catalog/tableselection.h"

#include <QDialog>

namespace moctl {

class Catalog;
struct ConnectionSettings;
class TableSelectorWidget;

// A TableSelectorWidget with OK / Cancel, for picking a flush step's tables in the plan editor.
class TableSelectorDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TableSelectorDialog(QWidget *parent = nullptr);
    ~TableSelectorDialog() override;

    TableSelectorWidget *selector() const { return m_selector; }
    TableSelection selection() const;
    void setSelection(const TableSelection &selection);

private:
    TableSelectorWidget *m_selector = nullptr;
};

} // namespace moctl
