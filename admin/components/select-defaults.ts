import { Select, SelectAsync } from '@adminjs/design-system';

/**
 * react-select's own words ("Select...", "No options", "Loading...") in Vietnamese for every select of the panel:
 * AdminJS renders its filters, enum fields and reference pickers with the design system's Select and SelectAsync
 * without passing these props and has no translation keys for them, so they are given as the two components'
 * default props. The component loader loads this file with the panel's bundle; it renders nothing.
 */
const vietnamese = {
  placeholder: 'Chọn…',
  noOptionsMessage: () => 'Không tìm thấy lựa chọn phù hợp',
  loadingMessage: () => 'Đang tải…',
};

for (const component of [Select, SelectAsync] as Array<{ defaultProps?: Record<string, unknown> }>) {
  component.defaultProps = { ...component.defaultProps, ...vietnamese };
}

const SelectDefaults = () => null;

export default SelectDefaults;
