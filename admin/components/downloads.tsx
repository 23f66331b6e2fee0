import React, { useEffect, useState } from 'react';
import { ApiClient, type ActionProps } from 'adminjs';
import { Box, Button, Icon, MessageBox, Text } from '@adminjs/design-system';

const api = new ApiClient();

interface Download {
  label: string;
  links: Array<{ format: string; href: string }>;
}

/**
 * The files of a record (the evaluation form, the review minutes, the unit's summary lists): the action's handler
 * says which the caller may download, and each is a plain link, so the browser saves the file the server sends.
 */
const Downloads = (props: ActionProps) => {
  const { action, resource, record } = props;
  const [answer, setAnswer] = useState<{ downloads: Download[]; message?: string } | null>(null);
  useEffect(() => {
    if (!record) return;
    void api
      .recordAction({ resourceId: resource.id, recordId: record.id, actionName: action.name })
      .then((response) => {
        const data = response.data as { downloads?: Download[]; message?: string };
        setAnswer({ downloads: data.downloads ?? [], message: data.message });
      });
  }, [resource.id, record?.id, action.name]);
  if (!answer) return <Text>Đang chuẩn bị…</Text>;
  if (answer.downloads.length === 0)
    return <MessageBox variant="info" message={answer.message ?? 'Không có tệp nào để tải.'} />;
  return (
    <Box>
      {answer.downloads.map((download) => (
        <Box key={download.label} flex alignItems="center" mb="lg" data-testid="download">
          <Text mr="lg" style={{ minWidth: '16em' }}>
            {download.label}
          </Text>
          {download.links.map((link) => (
            <Button as="a" href={link.href} download key={link.format} mr="default" variant="outlined" size="sm">
              <Icon icon="Download" />
              {`Tải ${link.format}`}
            </Button>
          ))}
        </Box>
      ))}
    </Box>
  );
};

export default Downloads;
